package vn.toasoan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The review's attack: wrong passwords for the only administrator from many addresses, through the login form and the
 * API. Strangers are refused, but the administrator's own browser still logs in, their API token still works, and
 * they see the throttle in the newsroom and can lift it.
 */
@ToaSoanIntegrationTest
class GuessingAttackIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theAdministratorStillLogsInFromTheirBrowserAndTheirTokenStillWorksAfterAThousandGuesses() throws Exception {
        Account admin = newsroom.account(Role.ADMIN);
        var ownBrowser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        String token = tokens.create(admin, "Kịch bản đăng tin", Set.of(ApiScope.READ), Duration.ofDays(30))
                .secret();

        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            String address = "203.0." + (100 + i / 250) + "." + (1 + i % 250);
            if (i % 2 == 0) {
                var login = new NewsroomClient(port).from(address).login(admin.email(), "doan-mat-khau-" + i);
                assertThat(NewsroomClient.location(login)).contains("/toa-soan/dang-nhap?loi=");
                refused += NewsroomClient.location(login).contains("loi=cho") ? 1 : 0;
            } else {
                var api = newsroom.api("GET", "/api/v1/articles", admin.email(), "doan-" + i, null, address);
                assertThat(api.statusCode()).isIn(401, 429);
                refused += api.statusCode() == 429 ? 1 : 0;
            }
        }
        assertThat(refused).as("guesses refused without a password check").isGreaterThan(980);
        long checked = jdbc.sql("SELECT count(*) FROM login_failures WHERE email = ?")
                .param(admin.email())
                .query(Long.class)
                .single();
        assertThat(checked).as("wrong passwords checked").isLessThanOrEqualTo(10);

        var stranger = new NewsroomClient(port).from("198.51.100.201").login(admin.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(stranger)).contains("loi=cho");

        ownBrowser.submit("/toa-soan/dang-xuat", Map.of());
        var again = ownBrowser.from("198.51.100.202").login(admin.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(again)).endsWith("/toa-soan");

        var withToken = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                                .header("Authorization", "Bearer " + token)
                                .header("X-Forwarded-For", "203.0.100.1")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);

        var accountsPage = ownBrowser.page("/toa-soan/tai-khoan");
        assertThat(accountsPage.select("[data-throttled=\"" + admin.email() + "\"]"))
                .as("the throttled account, in the newsroom")
                .hasSize(1);
        ownBrowser.submit("/toa-soan/tai-khoan/gioi-han", Map.of("email", admin.email()));
        assertThat(ownBrowser.page("/toa-soan/tai-khoan").select("[data-throttled=\"" + admin.email() + "\"]"))
                .isEmpty();
        var afterLift = new NewsroomClient(port).from("198.51.100.203").login(admin.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(afterLift)).endsWith("/toa-soan");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'login.throttle_lift' AND target_id = ?")
                        .param(admin.email())
                        .query(String.class)
                        .list())
                .containsExactly(admin.email());
    }

    @Test
    void theOwnerLoggingInFromElsewhereGivesTheGuesserNoFreshAllowance() {
        Account editor = newsroom.account(Role.EDITOR);
        for (int i = 0; i < 9; i++) {
            jdbc.sql("INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, ?)")
                    .params(editor.email(), "203.0.113.77", Timestamp.from(clock.instant()))
                    .update();
        }
        clock.advance(Duration.ofSeconds(31));

        var owner = new NewsroomClient(port).from("198.51.100.77").login(editor.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(owner)).endsWith("/toa-soan");
        clock.advance(Duration.ofSeconds(31));
        var guess = new NewsroomClient(port).from("203.0.113.77").login(editor.email(), "doan-lan-thu-muoi");
        assertThat(NewsroomClient.location(guess)).contains("/toa-soan/dang-nhap?loi=");

        // the tenth wrong password counts with the nine before the owner's login: strangers are refused now
        clock.advance(Duration.ofSeconds(31));
        var stranger = new NewsroomClient(port).from("192.0.2.77").login(editor.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(stranger)).contains("loi=cho");
    }

    @Test
    void aDeviceCookieForgedOrMadeForAnotherAccountIsAStranger() {
        Account editor = newsroom.account(Role.EDITOR);
        Account reporter = newsroom.account(Role.REPORTER);
        var reportersBrowser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        for (int i = 0; i < 10; i++) {
            jdbc.sql("INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, now())")
                    .params(editor.email(), "203.0.113.9")
                    .update();
        }

        // the reporter's device cookie says nothing about the editor's account
        reportersBrowser.submit("/toa-soan/dang-xuat", Map.of());
        var borrowed = reportersBrowser.login(editor.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(borrowed)).contains("loi=cho");
    }
}
