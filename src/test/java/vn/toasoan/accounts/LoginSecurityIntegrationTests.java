package vn.toasoan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Logging in to the newsroom: throttling of strangers after failures for an account or an address, while known devices
 * still log in (OWASP's device cookies), CSRF on every form, disabled
 * accounts, temporary passwords, the audit log. Requests name their address with X-Forwarded-For, as they would behind
 * the reverse proxy, so these tests never lock out the other tests' logins from 127.0.0.1.
 */
@ToaSoanIntegrationTest
class LoginSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MutableClock clock;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Test
    void tenWrongPasswordsFromStrangersLockTheAccountForStrangersOnly() {
        Account editor = newsroom.account(Role.EDITOR);
        var ownBrowser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        for (int i = 0; i < 10; i++) {
            var refused =
                    new NewsroomClient(port).from("203.0.113." + (i + 1)).login(editor.email(), "sai-mat-khau-" + i);
            assertThat(NewsroomClient.location(refused)).endsWith("/toa-soan/dang-nhap?loi=sai");
            // past the slow-down that follows the first wrong guesses
            clock.advance(Duration.ofSeconds(31));
        }

        var stranger = new NewsroomClient(port).from("198.51.100.7");
        var locked = stranger.login(editor.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(locked)).contains("/toa-soan/dang-nhap?loi=cho&phut=");
        String page = stranger.get(NewsroomClient.location(locked).replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(page).containsPattern("Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \\d+ phút.");
        assertThat(page).contains("value=\"" + editor.email() + "\"");

        var api = newsroom.api("GET", "/api/v1/articles", editor.email(), Newsroom.PASSWORD, null, "198.51.100.8");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.body()).contains("Bạn đã đăng nhập sai quá nhiều lần");

        // the browser that logged in before is a known device: its owner is not locked out
        ownBrowser.submit("/toa-soan/dang-xuat", Map.of());
        var again = ownBrowser.login(editor.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(again)).endsWith("/toa-soan");
        assertThat(auditActions(editor.email())).contains("login.failed", "login.throttled");
    }

    @Test
    void aScriptSendingManyRequestsAtOnceWithTheRightPasswordIsNeverRefused() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        String address = "192.0.2." + (10 + (int) (Math.random() * 200));
        ExecutorService workers = Executors.newFixedThreadPool(LoginThrottle.CHECKS_AT_ONCE);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4 * LoginThrottle.CHECKS_AT_ONCE; i++) {
                answers.add(workers.submit(
                        () -> newsroom.api("GET", "/api/v1/articles", editor.email(), Newsroom.PASSWORD, null, address)
                                .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void guessesRacingForOneAccountReachThePasswordCheckOnlyUpToTheLimitAndThoseAtOnce() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        ExecutorService guessers = Executors.newFixedThreadPool(2 * LoginThrottle.CHECKS_AT_ONCE);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4 * LoginThrottle.CHECKS_AT_ONCE; i++) {
                String address = "203.0.113." + (100 + i);
                answers.add(guessers.submit(
                        () -> newsroom.api("GET", "/api/v1/articles", editor.email(), "doan-" + address, null, address)
                                .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(401, 429);
            }
        } finally {
            guessers.shutdownNow();
        }

        assertThat(auditActions(editor.email()).stream().filter("login.failed"::equals))
                .as("guesses whose password was checked")
                .hasSizeLessThanOrEqualTo(10 + LoginThrottle.CHECKS_AT_ONCE);
        var stranger = newsroom.api("GET", "/api/v1/articles", editor.email(), Newsroom.PASSWORD, null, "198.51.100.9");
        assertThat(stranger.statusCode()).isEqualTo(429);
    }

    @Test
    void failuresFromOneAddressRefuseItsStrangersButNotItsKnownDevices() {
        Account reporter = newsroom.account(Role.REPORTER);
        String address = "192.0.2." + (10 + (int) (Math.random() * 200));
        var reportersLaptop = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        for (int i = 0; i < 30; i++) {
            var result = newsroom.api(
                    "GET",
                    "/api/v1/articles",
                    "khong-co-" + UUID.randomUUID() + "@baothu.vn",
                    "doan-bua",
                    null,
                    address);
            assertThat(result.statusCode()).isEqualTo(401);
        }

        var fromThere = new NewsroomClient(port).from(address).login(reporter.email(), Newsroom.PASSWORD);
        var fromElsewhere = new NewsroomClient(port).from("198.51.100.99").login(reporter.email(), Newsroom.PASSWORD);
        reportersLaptop.submit("/toa-soan/dang-xuat", Map.of());
        var laptopThere = reportersLaptop.from(address).login(reporter.email(), Newsroom.PASSWORD);

        assertThat(NewsroomClient.location(fromThere)).contains("loi=cho");
        assertThat(NewsroomClient.location(fromElsewhere)).endsWith("/toa-soan");
        assertThat(NewsroomClient.location(laptopThere)).endsWith("/toa-soan");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài giữ nguyên tiêu đề").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Map<String, Object> change = Map.of(
                "title",
                "Tiêu đề do trang lạ gửi",
                "sectionId",
                newsroom.sectionId(),
                "version",
                0,
                "body",
                "<p>x</p>");

        var withoutToken = browser.post("/toa-soan/bai-viet/" + id, change);
        var withForgedToken = browser.post("/toa-soan/bai-viet/" + id, with(change, "_csrf", "gia-mao"));
        var logoutWithoutToken = browser.post("/toa-soan/dang-xuat", Map.of());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("Biểu mẫu đã cũ hoặc phiên làm việc đã hết hạn");
        assertThat(withForgedToken.statusCode()).isEqualTo(403);
        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(title(id)).isEqualTo("Bài giữ nguyên tiêu đề");

        var withToken = browser.submit("/toa-soan/bai-viet/" + id, change);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Tiêu đề do trang lạ gửi");
    }

    @Test
    void theApiIsStatelessAndNeedsNoCsrfToken() {
        Account editor = newsroom.account(Role.EDITOR);
        var created = newsroom.api(
                "POST",
                "/api/v1/articles",
                editor,
                "{\"title\":\"Bài từ API\",\"sapo\":\"Sapo\",\"body\":\"<p>Nội dung</p>\",\"section\":\"thoi-su\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        // a device cookie for the throttling of failed logins, but never a session
        assertThat(created.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(newsroom.api("GET", "/api/v1/articles", null, null, null, null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSite() {
        var response = new NewsroomClient(port).get("/toa-soan/dang-nhap");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextRequestAndCannotLogIn() {
        Account admin = newsroom.account(Role.ADMIN);
        Account reporter = newsroom.account(Role.REPORTER);
        var session = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        assertThat(session.get("/toa-soan").statusCode()).isEqualTo(200);

        var adminBrowser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        var disabled = adminBrowser.submit(
                "/toa-soan/tai-khoan/" + reporter.id(),
                Map.of("displayName", reporter.displayName(), "role", "REPORTER", "status", "DISABLED"));
        assertThat(disabled.statusCode()).isEqualTo(302);

        var next = session.get("/toa-soan");
        assertThat(NewsroomClient.location(next)).endsWith("/toa-soan/dang-nhap?loi=khoa");
        var again = new NewsroomClient(port).from("198.51.100.21").login(reporter.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(again)).endsWith("loi=khoa");
        assertThat(auditActions(reporter.email())).contains("account.disable");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
        Account admin = newsroom.account(Role.ADMIN);
        var adminBrowser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        String email = "moi-" + UUID.randomUUID().toString().substring(0, 6) + "@baothu.vn";
        adminBrowser.submit(
                "/toa-soan/tai-khoan", Map.of("email", email, "displayName", "Phóng viên Mới", "role", "REPORTER"));
        String notice =
                adminBrowser.page("/toa-soan/tai-khoan").select(".nr-flash--ok").text();
        assertThat(notice).contains("Mật khẩu tạm (chỉ hiện lần này)");
        String temporary = notice.substring(notice.lastIndexOf(' ') + 1);

        var newcomer = NewsroomClient.loggedIn(port, email, temporary);
        assertThat(NewsroomClient.location(newcomer.get("/toa-soan/bai-viet"))).endsWith("/toa-soan/mat-khau");
        assertThat(newcomer.get("/toa-soan/mat-khau").body()).contains("Mật khẩu này do người khác đặt cho bạn");

        var changed = newcomer.submit(
                "/toa-soan/mat-khau",
                Map.of(
                        "current",
                        temporary,
                        "password",
                        "mat-khau-rieng-cua-toi",
                        "confirm",
                        "mat-khau-rieng-cua-toi"));
        assertThat(NewsroomClient.location(changed)).endsWith("/toa-soan");
        assertThat(newcomer.get("/toa-soan/bai-viet").statusCode()).isEqualTo(200);
    }

    @Test
    void theFirstAdministratorHasNoDefaultPassword() {
        Account first = accounts.byEmail("admin@toasoan.local").orElseThrow();

        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(first.passwordState()).isEqualTo(PasswordState.TEMPORARY);
        assertThat(accounts.createFirstAdmin("khac@baothu.vn", null)).isEmpty();
        for (String guess : new String[] {"admin", "password", "toasoan", "123456"}) {
            var login = new NewsroomClient(port).from("198.51.100.77").login(first.email(), guess);
            assertThat(NewsroomClient.location(login)).endsWith("loi=sai");
            clock.advance(Duration.ofSeconds(2));
        }
    }

    @Test
    void reportersCannotOpenAdministratorsPages() {
        Account reporter = newsroom.account(Role.REPORTER);
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);

        for (String page : new String[] {
            "/toa-soan/tai-khoan", "/toa-soan/chuyen-muc", "/toa-soan/cai-dat", "/toa-soan/nhat-ky", "/toa-soan/the"
        }) {
            var response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("không có quyền");
        }
    }

    private String title(long id) {
        return jdbc.sql("SELECT title FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private java.util.List<String> auditActions(String target) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target_id = ? OR actor = ?")
                .params(target, target)
                .query(String.class)
                .list();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        var copy = new java.util.LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
