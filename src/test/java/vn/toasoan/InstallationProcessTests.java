package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.AppProcess;

/**
 * A production paper's first days, in JVMs of their own: started without demo content it stays without it, whatever a
 * later start is told, and an administrator who lost the password is let back in from the command line.
 */
class InstallationProcessTests {

    static final Path DATA =
            Path.of("target", "test-data", "installation-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void aProductionPaperStaysFreeOfDemoContentAndItsLockedOutAdministratorGetsBackIn() throws Exception {
        int port = AppProcess.freePort();
        AppProcess production = AppProcess.startServer(DATA, port);
        try {
            assertThat(articleLinks(production)).isZero();
        } finally {
            production.stop();
        }

        var unknown = AppProcess.runCommand(DATA, "reset-password", "khong-co-ai@baosonglam.vn");
        var reset = AppProcess.runCommand(DATA, "reset-password", AppProcess.ADMIN_EMAIL);

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("không có tài khoản khong-co-ai@baosonglam.vn");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        String firstLine = reset.out().lines().findFirst().orElseThrow();
        assertThat(firstLine).startsWith("Mật khẩu tạm của " + AppProcess.ADMIN_EMAIL);
        String temporary = firstLine.substring(firstLine.lastIndexOf(' ') + 1);

        AppProcess later = AppProcess.startServer(DATA, port, "--toasoan.demo-content=true");
        try {
            assertThat(articleLinks(later))
                    .as("no demo content after the first start")
                    .isZero();

            var oldPassword = new NewsroomClient(port).login(AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD);
            assertThat(NewsroomClient.location(oldPassword)).endsWith("loi=sai");
            var admin = NewsroomClient.loggedIn(port, AppProcess.ADMIN_EMAIL, temporary);
            assertThat(NewsroomClient.location(admin.get("/toa-soan"))).endsWith("/toa-soan/mat-khau");

            var api = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(later.url("/api/v1/articles")))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((AppProcess.ADMIN_EMAIL + ":" + temporary)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(api.body()).contains("mật khẩu tạm");
        } finally {
            later.stop();
        }
    }

    private static long articleLinks(AppProcess server) {
        return server.http().page("/").select("a[href]").stream()
                .filter(a -> a.attr("href").matches(".*-\\d+\\.html"))
                .count();
    }
}
