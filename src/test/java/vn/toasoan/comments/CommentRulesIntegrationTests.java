package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Each abuse defence and check as a reader meets it through the real form. */
@ToaSoanIntegrationTest
class CommentRulesIntegrationTests {

    static final String ARTICLE = "Xã Vĩnh Hòa lấy ý kiến người dân về chợ mới";

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    CommentPages pages;

    @Autowired
    SenderRules rules;

    private ReaderClient.Response send(ReaderClient reader, String name, String email, String content)
            throws Exception {
        return pages.send(reader, ARTICLE, CommentBuilder.comment(content).by(name, email));
    }

    private long stored(String name) {
        return comments.queue(new CommentQuery(null, null, null, name), 1).total();
    }

    @Test
    void textWithoutDiacriticsIsRefusedAndTheFormKeepsWhatTheReaderTyped() throws Exception {
        var refused =
                send(new ReaderClient(port), "Đỗ Minh Khoa", "khoa@example.vn", "toi rat dong y voi bai viet nay");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Vui lòng gõ tiếng Việt có dấu");
        assertThat(refused.body()).contains(">toi rat dong y voi bai viet nay</textarea>");
        assertThat(refused.body()).contains("value=\"Đỗ Minh Khoa\"").contains("value=\"khoa@example.vn\"");
        assertThat(stored("Đỗ Minh Khoa")).isZero();
    }

    @Test
    void aFilledTrapLooksSentButKeepsNothing() throws Exception {
        var form = pages.aged(ARTICLE);
        var fields =
                CommentPages.fields("Robot Bẫy", "robot@example.vn", "Mua hàng giá rẻ tại đây nhé bạn.", form.token());
        fields.put("website", "http://spam.example");
        var answer = new ReaderClient(port).post("/binh-luan/" + form.id(), fields, null, "text/html");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(stored("Robot Bẫy")).isZero();
    }

    @Test
    void aFormSentTheMomentItWasServedIsRefusedAndTheSameFormIsTakenOnceTheReaderCouldHaveFilledItIn()
            throws Exception {
        var reader = new ReaderClient(port);
        var form = pages.served(reader, ARTICLE);
        var fields = CommentPages.fields("Nhanh Tay", "nhanh@example.vn", "Tôi gửi ngay khi mở trang.", form.token());
        var answer = reader.post("/binh-luan/" + form.id(), fields, null, "text/html");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).contains("Bạn gửi nhanh quá");
        assertThat(answer.body()).contains("Tôi gửi ngay khi mở trang.");

        pages.fillIn();
        assertThat(reader.post("/binh-luan/" + form.id(), fields, null, "text/html")
                        .status())
                .isEqualTo(303);
        assertThat(stored("Nhanh Tay")).isEqualTo(1);
    }

    @Test
    void oneIpMayNotCommentTwiceWithinFifteenSeconds() throws Exception {
        var reader = new ReaderClient(port);
        assertThat(send(reader, "Hồ Thu", "thu1@example.vn", "Ý kiến thứ nhất của tôi.")
                        .status())
                .isEqualTo(303);
        var second = send(reader, "Hồ Thu", "thu2@example.vn", "Ý kiến thứ hai của tôi, khác hẳn.");

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.body()).contains("Vui lòng chờ");
    }

    @Test
    void anIpv6ReaderIsOneSenderWhicheverAddressOfTheirSlashSixtyFourTheyUse() throws Exception {
        var first = ReaderClient.behindProxy(port, "2402:800:6343:1a2b::7");
        assertThat(send(first, "Phan Sáu", "sau1@example.vn", "Ý kiến đầu tiên từ điện thoại của tôi.")
                        .status())
                .isEqualTo(303);
        var sent = comments.queue(new CommentQuery(null, null, null, "Phan Sáu"), 1)
                .items()
                .get(0);
        assertThat(sent.ip()).isEqualTo("2402:800:6343:1a2b::7");
        assertThat(sent.partialIp()).isEqualTo("2402:800:6343::/48");

        var fresh = ReaderClient.behindProxy(port, "2402:800:6343:1a2b:91f0:44ee:2b1c:9a01");
        var second = send(fresh, "Phan Sáu", "sau2@example.vn", "Một ý kiến khác hẳn, gửi từ địa chỉ mới.");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.body()).contains("Vui lòng chờ");

        var neighbour = ReaderClient.behindProxy(port, "2402:800:6343:1a2c::7");
        assertThat(send(neighbour, "Hàng Xóm", "hangxom@example.vn", "Nhà bên cũng muốn góp ý về con đường.")
                        .status())
                .isEqualTo(303);

        rules.blockSender(sent.id(), Block.Kind.IP, Block.Action.REFUSE, "bientap@toasoan.vn");
        var blocked = send(
                ReaderClient.behindProxy(port, "2402:800:6343:1a2b::beef"),
                "Phan Bảy",
                "bay@example.vn",
                "Tôi gửi lại từ một địa chỉ khác nữa.");
        assertThat(blocked.status()).isEqualTo(403);
    }

    @Test
    void oneEmailMayNotCommentTwiceWithinFifteenSecondsFromAnotherIp() throws Exception {
        assertThat(send(new ReaderClient(port), "Vũ Lan", "lan@example.vn", "Con đường này cần sửa gấp.")
                        .status())
                .isEqualTo(303);
        var second = send(new ReaderClient(port), "Vũ Lan", "LAN@example.vn", "Cầu ở xã bên cũng vậy.");

        assertThat(second.status()).isEqualTo(429);
    }

    @Test
    void theSameTextAgainWithinSixMinutesIsRefused() throws Exception {
        var reader = new ReaderClient(port);
        assertThat(send(reader, "Lý Hải", "hai@example.vn", "Cảm ơn tòa soạn đã đưa tin kịp thời!")
                        .status())
                .isEqualTo(303);
        var again = send(reader, "Lý Hải", "hai@example.vn", "cảm ơn Tòa soạn đã đưa tin kịp thời");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn vừa gửi ý kiến này");
        assertThat(stored("Lý Hải")).isEqualTo(1);
    }

    @Test
    void moreThanTwoLinksAreHeldWithAFlag() throws Exception {
        var answer = send(
                new ReaderClient(port),
                "Mai Liên Kết",
                "lienket@example.vn",
                "Xem thêm: https://a.example.vn, www.b.example.com và c.example.net nhé.");

        assertThat(answer.status()).isEqualTo(303);
        var held = comments.queue(new CommentQuery(CommentStatus.PENDING, null, CommentFlag.LINKS, "Mai Liên Kết"), 1);
        assertThat(held.total()).isEqualTo(1);
    }

    @Test
    void aWordOnTheRejectListRefusesAndOnTheHoldListFlags() throws Exception {
        var refused = send(new ReaderClient(port), "Từ Tục", "tuc@example.vn", "Bài viết như cặc, đọc chán.");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Ý kiến có từ ngữ không phù hợp");

        assertThat(send(new ReaderClient(port), "Giữ Lại", "giu@example.vn", "Viết thế này thì quá ngu.")
                        .status())
                .isEqualTo(303);
        assertThat(send(new ReaderClient(port), "Ông Nguyễn", "nguyen@example.vn", "Tôi ngủ quên, nguồn tin hay.")
                        .status())
                .isEqualTo(303);
        assertThat(comments.queue(new CommentQuery(null, null, CommentFlag.HELD_WORDS, "Giữ Lại"), 1)
                        .total())
                .isEqualTo(1);
        assertThat(comments.queue(new CommentQuery(null, null, CommentFlag.HELD_WORDS, "Ông Nguyễn"), 1)
                        .total())
                .isZero();
    }

    @Test
    void aBlockedAddressIsRefused() throws Exception {
        rules.block(Block.Kind.EMAIL, "chan@example.vn", Block.Action.REFUSE, "bientap@toasoan.vn");
        var answer = send(new ReaderClient(port), "Bị Chặn", "Chan@Example.vn", "Tôi muốn góp ý về bài viết.");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("Tòa soạn không nhận ý kiến từ địa chỉ này");
    }

    @Test
    void aJpgThatIsReallyHtmlIsRefused() throws Exception {
        var form = pages.aged(ARTICLE);
        var answer = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields("Ảnh Giả", "gia@example.vn", "Gửi tòa soạn ảnh hiện trường.", form.token()),
                        new ReaderClient.FilePart(
                                "hien-truong.jpg",
                                "image/jpeg",
                                "<html><body><script>alert(document.cookie)</script></body></html>"
                                        .getBytes(StandardCharsets.UTF_8)),
                        "text/html");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).contains("Tòa soạn chỉ nhận ảnh");
        assertThat(stored("Ảnh Giả")).isZero();
    }

    @Test
    void withJavaScriptTheFormHearsJsonAndProblemDetails() throws Exception {
        var form = pages.aged(ARTICLE);
        var ok = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(
                                "Kiều Anh", "kieu@example.vn", "Bài viết rất hữu ích cho bà con.", form.token()),
                        null,
                        "application/json");
        assertThat(ok.status()).isEqualTo(202);
        assertThat(ok.body()).contains("\"status\":\"PENDING\"").contains("đang chờ biên tập");

        var refused = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields("Kiều Bình", "binh@example.vn", "Hay", form.token()),
                        null,
                        "application/json");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"content\":\"Ý kiến cần ít nhất 5 ký tự.\"");
    }

    @Test
    void pendingAttachmentsAreNotPublic() throws Exception {
        var form = pages.aged(ARTICLE);
        new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields("Chờ Duyệt", "cho@example.vn", "Gửi kèm văn bản của thôn.", form.token()),
                        new ReaderClient.FilePart("van-ban.txt", "text/plain", "Biên bản họp thôn".getBytes()),
                        "text/html");
        var pending = comments.queue(new CommentQuery(null, null, null, "Chờ Duyệt"), 1)
                .items()
                .get(0);
        var reader = new ReaderClient(port);

        assertThat(reader.get("/binh-luan/tep/" + pending.attachment().storedName())
                        .status())
                .isEqualTo(404);
        comments.approve(pending.id(), null, "bientap@toasoan.vn");
        var download = reader.get("/binh-luan/tep/" + pending.attachment().storedName());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        comments.reject(pending.id(), "Trùng lặp", "bientap@toasoan.vn");
        assertThat(reader.get("/binh-luan/tep/" + pending.attachment().storedName())
                        .status())
                .isEqualTo(404);
    }
}
