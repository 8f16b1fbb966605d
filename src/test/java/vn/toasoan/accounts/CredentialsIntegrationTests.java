package vn.toasoan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * What a password is worth: a new one ends the sessions opened with the old one, guesses through a borrowed session or
 * in parallel bursts stay under the limit, a disabled account is not revealed to someone without its password, and
 * only a proxy on this machine may say where a request comes from.
 */
@ToaSoanIntegrationTest
class CredentialsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    Newsroom newsroom;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheSessionsOpenedWithTheOldOne() {
        Account admin = newsroom.account(Role.ADMIN);
        Account reporter = newsroom.account(Role.REPORTER);
        var laptopLeftAtTheOffice = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        assertThat(laptopLeftAtTheOffice.get("/toa-soan/bai-viet").statusCode()).isEqualTo(200);

        var adminBrowser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        var reset = adminBrowser.submit("/toa-soan/tai-khoan/" + reporter.id() + "/dat-lai-mat-khau", Map.of());
        assertThat(reset.statusCode()).isEqualTo(302);

        var next = laptopLeftAtTheOffice.get("/toa-soan/bai-viet");
        assertThat(NewsroomClient.location(next)).endsWith("/toa-soan/dang-nhap?loi=mat-khau");
        assertThat(laptopLeftAtTheOffice.get("/toa-soan/dang-nhap?loi=mat-khau").body())
                .contains("Mật khẩu của tài khoản đã được đổi. Vui lòng đăng nhập lại bằng mật khẩu mới.");
        assertThat(NewsroomClient.location(laptopLeftAtTheOffice.get("/toa-soan/bai-viet")))
                .endsWith("/toa-soan/dang-nhap");
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        Account editor = newsroom.account(Role.EDITOR);
        var phone = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        var laptop = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);

        var changed = laptop.submit(
                "/toa-soan/mat-khau",
                Map.of("current", Newsroom.PASSWORD, "password", "mật-khẩu-mới-456", "confirm", "mật-khẩu-mới-456"));

        assertThat(NewsroomClient.location(changed)).endsWith("/toa-soan");
        assertThat(laptop.get("/toa-soan/bai-viet").statusCode()).isEqualTo(200);
        assertThat(NewsroomClient.location(phone.get("/toa-soan/bai-viet")))
                .endsWith("/toa-soan/dang-nhap?loi=mat-khau");
        NewsroomClient.loggedIn(port, editor.email(), "mật-khẩu-mới-456");
    }

    @Test
    void guessingTheCurrentPasswordThroughABorrowedSessionIsThrottledLikeLogins() {
        Account reporter = newsroom.account(Role.REPORTER);
        var borrowed = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        for (int i = 0; i < 10; i++) {
            borrowed.submit(
                    "/toa-soan/mat-khau",
                    Map.of("current", "doan-" + i, "password", "mat-khau-ke-gian", "confirm", "mat-khau-ke-gian"));
            assertThat(borrowed.get("/toa-soan/mat-khau").body()).contains("Mật khẩu hiện tại không đúng.");
            // past the slow-down that follows the first wrong guesses, which would refuse the next try outright
            clock.advance(Duration.ofSeconds(31));
        }

        borrowed.submit(
                "/toa-soan/mat-khau",
                Map.of("current", Newsroom.PASSWORD, "password", "mat-khau-ke-gian", "confirm", "mat-khau-ke-gian"));

        assertThat(borrowed.get("/toa-soan/mat-khau").body()).contains("Bạn đã đăng nhập sai quá nhiều lần.");
        var withTheOldPassword =
                new NewsroomClient(port).from("198.51.100.40").login(reporter.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(withTheOldPassword)).contains("loi=cho");
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        var client = HttpClient.newHttpClient();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String guess = editor.email() + ":doan-song-song-" + i;
            String address = "203.0.113." + (100 + i);
            guesses.add(() -> client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(guess.getBytes(StandardCharsets.UTF_8)))
                                    .header("X-Forwarded-For", address)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        List<Integer> answers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(guesses.size());
        try {
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        long checked = answers.stream().filter(status -> status == 401).count();
        assertThat(checked).as("password checks").isBetween(1L, 10L);
        assertThat(answers.stream().filter(status -> status == 429)).hasSize(40 - (int) checked);
        assertThat(jdbc.sql("SELECT count(*) FROM login_failures WHERE email = ?")
                        .param(editor.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(checked);
    }

    @Test
    void aDisabledAccountIsToldAsSuchOnlyToWhoeverKnowsItsPassword() {
        Account admin = newsroom.account(Role.ADMIN);
        Account reporter = newsroom.account(Role.REPORTER);
        accounts.update(admin.email(), reporter.id(), reporter.displayName(), Role.REPORTER, AccountStatus.DISABLED);

        var guess = new NewsroomClient(port).from("198.51.100.50").login(reporter.email(), "doan-bua");
        var owner = new NewsroomClient(port).from("198.51.100.51").login(reporter.email(), Newsroom.PASSWORD);
        var apiGuess = newsroom.api("GET", "/api/v1/articles", reporter.email(), "doan-bua", null, "198.51.100.52");

        assertThat(NewsroomClient.location(guess)).endsWith("loi=sai");
        assertThat(NewsroomClient.location(owner)).endsWith("loi=khoa");
        assertThat(apiGuess.statusCode()).isEqualTo(401);
        assertThat(apiGuess.body()).doesNotContain("khóa");
    }

    @Test
    void neighboursOnThePrivateNetworkAreNotTakenForTheProxy() {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        RemoteIpValve valve = Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
        Pattern proxies = Pattern.compile(valve.getInternalProxies());

        assertThat(List.of("127.0.0.1", "0:0:0:0:0:0:0:1"))
                .allMatch(address -> proxies.matcher(address).matches());
        assertThat(List.of("10.0.0.5", "192.168.1.20", "172.16.4.4", "169.254.1.1", "100.64.0.9"))
                .noneMatch(address -> proxies.matcher(address).matches());
    }

    @Test
    void onlyAProxyOnThisMachineMayNameTheReadersAddress() throws Exception {
        InetAddress lan = NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(lan != null, "this machine has no network address besides loopback");
        String email = "khong-co-ai@baothu.vn";
        var client = HttpClient.newHttpClient();

        client.send(
                HttpRequest.newBuilder(URI.create("http://" + lan.getHostAddress() + ":" + port + "/api/v1/articles"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((email + ":doan").getBytes(StandardCharsets.UTF_8)))
                        .header("X-Forwarded-For", "203.0.113.250")
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(jdbc.sql("SELECT address FROM login_failures WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .list())
                .containsExactly(lan.getHostAddress());
    }
}
