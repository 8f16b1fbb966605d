package vn.toasoan.newsroom.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.CommentQuery;
import vn.toasoan.comments.CommentStatus;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The newsroom's side: the queue, its actions and their audit, privacy; who may do what. */
@ToaSoanIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ModerationIntegrationTests {

    static final String ARTICLE = "Đường liên xã Hòa Sơn xuống cấp sau mùa mưa";

    private static final RequestPostProcessor EDITOR =
            user("bientap@toasoan.vn").roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user("quantri@toasoan.vn").roles("ADMIN");
    private static final RequestPostProcessor REPORTER =
            user("phongvien@toasoan.vn").roles("REPORTER");

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Comments comments;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataDirectory dataDirectory;

    @BeforeEach
    void setUp() {
        newsroom.staff();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private long comment(String name, String email, String content) throws Exception {
        var answer = pages.send(
                new ReaderClient(port), ARTICLE, CommentBuilder.comment(content).by(name, email));
        assertThat(answer.status()).isEqualTo(303);
        return comments.queue(new CommentQuery(null, null, null, name), 1)
                .items()
                .get(0)
                .id();
    }

    @Test
    void theQueueShowsPendingCommentsWithWhatEditorsNeedAndOnlyToEditors() throws Exception {
        comment("Đặng Văn Tú", "tu.dang@example.vn", "Đề nghị tòa soạn theo dõi tiếp vụ việc này.");

        String page = mvc.perform(get("/toa-soan/binh-luan").with(EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Duyệt bình luận", "Đặng Văn Tú", "tu.dang@example.vn", "127.0.", ".x");
        assertThat(page).contains("Đề nghị tòa soạn theo dõi tiếp vụ việc này.");

        mvc.perform(get("/toa-soan/binh-luan").with(REPORTER)).andExpect(status().isForbidden());
        mvc.perform(get("/toa-soan/binh-luan")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditorEditsThenApprovesAndTheOriginalAndTheDiffStay() throws Exception {
        long id =
                comment("Trịnh Hòa", "hoa.trinh@example.vn", "Đường ĐT 741 hư hỏng nặng lắm lắm, tỉnh phải sửa ngay!");

        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet")
                        .with(EDITOR)
                        .with(csrf())
                        .param("content", "Đường ĐT 741 hư hỏng nặng, đề nghị tỉnh sớm sửa chữa."))
                .andExpect(status().is3xxRedirection());

        var approved = comments.find(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(approved.edited()).isTrue();
        assertThat(approved.originalContent()).isEqualTo("Đường ĐT 741 hư hỏng nặng lắm lắm, tỉnh phải sửa ngay!");
        assertThat(approved.editedBy()).isEqualTo("bientap@toasoan.vn");
        String detail = mvc.perform(get("/toa-soan/binh-luan/" + id).with(EDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).contains("<del>", "<ins>", "Nguyên văn bạn đọc gửi", "biên tập", "duyệt đăng");
    }

    @Test
    void aMessageWrittenIntoALinkIsNeverShownOnlyTheOneAnActionLeft() throws Exception {
        long id = comment("Tin Nhắn Giả", "tinnhan@example.vn", "Một ý kiến để thử thông báo sau khi duyệt.");
        String forged = "Phiên làm việc đã hết hạn, vui lòng nhập lại mật khẩu tại toasoan-dang-nhap.example";

        for (String path : List.of("/toa-soan/binh-luan", "/toa-soan/binh-luan/" + id)) {
            assertThat(mvc.perform(get(path).param("flash", forged).with(EDITOR))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain("toasoan-dang-nhap.example")
                    .doesNotContain("mod-flash");
        }
        assertThat(mvc.perform(get("/toa-soan/binh-luan/cai-dat")
                                .param("flash", forged)
                                .with(ADMIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("toasoan-dang-nhap.example");

        var session = new MockHttpSession();
        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet")
                        .with(EDITOR)
                        .with(csrf())
                        .session(session))
                .andExpect(status().is3xxRedirection());
        String done = "Đã duyệt đăng bình luận #" + id + ".";
        assertThat(mvc.perform(get("/toa-soan/binh-luan").with(EDITOR).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(done);
        assertThat(mvc.perform(get("/toa-soan/binh-luan").with(EDITOR).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("shown once")
                .doesNotContain(done);
    }

    @Test
    void editorsSeeOnlyPartOfAReadersIpAndBlockItByNamingTheComment() throws Exception {
        var form = pages.aged(ARTICLE);
        var reader = new ReaderClient(port);
        assertThat(reader.post(
                                "/binh-luan/" + form.id(),
                                CommentPages.fields(
                                        "Chặn Theo Bình Luận",
                                        "chantheo@example.vn",
                                        "Ý kiến từ một địa chỉ sắp bị chặn.",
                                        form.token()),
                                null,
                                "text/html")
                        .status())
                .isEqualTo(303);
        var sent = comments.queue(new CommentQuery(null, null, null, "Chặn Theo Bình Luận"), 1)
                .items()
                .get(0);
        var fullIp = Pattern.compile("(?<![0-9.])" + Pattern.quote(sent.ip()) + "(?![0-9])");

        for (var page : List.of(
                get("/toa-soan/binh-luan").param("q", "Chặn Theo Bình Luận"),
                get("/toa-soan/binh-luan/" + sent.id()))) {
            String html =
                    mvc.perform(page.with(EDITOR)).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Chặn IP " + sent.partialIp());
            assertThat(fullIp.matcher(html).find())
                    .as("the reader's full IP in the page")
                    .isFalse();
        }

        mvc.perform(post("/toa-soan/binh-luan/chan")
                        .with(EDITOR)
                        .with(csrf())
                        .param("comment", Long.toString(sent.id()))
                        .param("kind", "IP")
                        .param("action", "REFUSE"))
                .andExpect(status().is3xxRedirection());

        var again = reader.post(
                "/binh-luan/" + form.id(),
                CommentPages.fields(
                        "Tên Khác Hẳn", "tenkhac@example.vn", "Một ý kiến khác, gửi từ cùng máy.", form.token()),
                null,
                "text/html");
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.body()).contains("Tòa soạn không nhận ý kiến từ địa chỉ này");
        String settings = mvc.perform(get("/toa-soan/binh-luan/cai-dat").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(settings).contains("IP " + sent.partialIp());
        assertThat(fullIp.matcher(settings).find()).isFalse();
    }

    @Test
    void actionsWithoutTheCsrfTokenAreRefused() throws Exception {
        long id = comment("Không Token", "token@example.vn", "Một ý kiến bình thường về bài viết.");
        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet").with(EDITOR)).andExpect(status().isForbidden());
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void bulkRejectWithAPresetReasonAndAReplyFromTheNewsroom() throws Exception {
        long a = comment("Hàng Loạt Một", "loat1@example.vn", "Quảng cáo số một, mời mua hàng.");
        long b = comment("Hàng Loạt Hai", "loat2@example.vn", "Quảng cáo số hai, mời mua hàng.");
        mvc.perform(post("/toa-soan/binh-luan/hang-loat")
                        .with(EDITOR)
                        .with(csrf())
                        .param("ids", Long.toString(a), Long.toString(b))
                        .param("action", "reject")
                        .param("preset", "Quảng cáo, spam"))
                .andExpect(status().is3xxRedirection());
        assertThat(comments.find(a).orElseThrow().rejectReason()).isEqualTo("Quảng cáo, spam");
        assertThat(comments.find(b).orElseThrow().status()).isEqualTo(CommentStatus.REJECTED);

        long c = comment("Hỏi Tòa Soạn", "hoi@example.vn", "Xin hỏi bao giờ đường được sửa xong?");
        mvc.perform(post("/toa-soan/binh-luan/" + c + "/tra-loi")
                        .with(EDITOR)
                        .with(csrf())
                        .param("content", "Theo Sở Giao thông, đường sẽ xong trong tháng 6."))
                .andExpect(status().is3xxRedirection());
        assertThat(comments.find(c).orElseThrow().replies()).hasSize(1);
    }

    @Test
    void everyModerationActionIsAudited() throws Exception {
        long id = comment("Kiểm Tra Nhật Ký", "nhatky@example.vn", "Ý kiến để kiểm tra nhật ký.");
        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet")
                        .with(EDITOR)
                        .with(csrf())
                        .param("content", "Ý kiến để kiểm tra nhật ký, đã biên tập."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/toa-soan/binh-luan/" + id + "/tu-choi")
                        .with(EDITOR)
                        .with(csrf())
                        .param("preset", "Không liên quan đến bài viết")
                        .param("reason", "Lạc đề"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT actor, action, details FROM audit_log WHERE target_type = 'comment'"
                                + " AND target_id = ? ORDER BY at, id")
                        .param(Long.toString(id))
                        .query((rs, n) ->
                                rs.getString("actor") + " " + rs.getString("action") + ": " + rs.getString("details"))
                        .list())
                .as("each action recorded once")
                .containsExactly(
                        "bientap@toasoan.vn comment.edit: đã sửa nội dung, xem so sánh ở bình luận",
                        "bientap@toasoan.vn comment.approve: ",
                        "bientap@toasoan.vn comment.reject: Không liên quan đến bài viết: Lạc đề");
        String detail = mvc.perform(get("/toa-soan/binh-luan/" + id).with(EDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(detail).select(".mod-history li").eachText())
                .hasSize(3)
                .last()
                .asString()
                .contains("bientap@toasoan.vn · từ chối · Không liên quan đến bài viết: Lạc đề");
    }

    @Test
    void readersSeeEachActionOfTheNewsroomAtOnce() throws Exception {
        var article = pages.aged(ARTICLE);
        var reader = new ReaderClient(port);
        long id = comment("Bạn Đọc Thấy Ngay", "thayngay@example.vn", "Ý kiến mà bạn đọc sẽ thấy ngay khi duyệt.");
        // the page is cached as readers see it: without the comment
        assertThat(reader.get(article.url()).body()).doesNotContain("Bạn Đọc Thấy Ngay");

        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet").with(EDITOR).with(csrf()));
        assertThat(reader.get(article.url()).body()).contains("Ý kiến mà bạn đọc sẽ thấy ngay khi duyệt.");

        mvc.perform(post("/toa-soan/binh-luan/" + id + "/duyet")
                .with(EDITOR)
                .with(csrf())
                .param("content", "Ý kiến bạn đọc thấy ngay, đã biên tập."));
        assertThat(reader.get(article.url()).body()).contains("Ý kiến bạn đọc thấy ngay, đã biên tập.");

        mvc.perform(post("/toa-soan/binh-luan/" + id + "/tra-loi")
                .with(EDITOR)
                .with(csrf())
                .param("content", "Tòa soạn cảm ơn bạn đã theo dõi."));
        assertThat(reader.get(article.url()).body()).contains("Tòa soạn cảm ơn bạn đã theo dõi.");

        mvc.perform(post("/toa-soan/binh-luan/" + id + "/tu-choi").with(EDITOR).with(csrf()));
        assertThat(reader.get(article.url()).body()).doesNotContain("Bạn Đọc Thấy Ngay");
    }

    @Test
    void erasingACommentersDataLeavesNothingOfThemInTheDatabaseOrTheFiles() throws Exception {
        String name = "Người Đọc Riêng Tư";
        String email = "riengtu.nguyen@example.vn";
        String words = "khu tái định cư Phú Lộc";
        String fileName = "giay-to-nha-phu-loc.jpg";
        var form = pages.aged(ARTICLE);
        var answer = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(
                                name, email, "Ý kiến của tôi về " + words + ", xin xóa khi tôi yêu cầu.", form.token()),
                        new ReaderClient.FilePart(fileName, "image/jpeg", CommentPages.photo()),
                        "text/html");
        assertThat(answer.status()).isEqualTo(303);
        var sent = comments.queue(new CommentQuery(null, null, null, name), 1)
                .items()
                .get(0);
        String storedName = sent.attachment().storedName().toString();

        // an edit, a reply and a reason that name the reader, an export: all of it audited
        mvc.perform(post("/toa-soan/binh-luan/" + sent.id() + "/duyet")
                        .with(EDITOR)
                        .with(csrf())
                        .param("content", "Ý kiến về " + words + ", xin xóa khi yêu cầu."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/toa-soan/binh-luan/" + sent.id() + "/tra-loi")
                        .with(EDITOR)
                        .with(csrf())
                        .param("content", "Chào bạn " + name + ", tòa soạn đã chuyển ý kiến về " + words + "."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/toa-soan/binh-luan/" + sent.id() + "/tu-choi")
                        .with(EDITOR)
                        .with(csrf())
                        .param("reason", "Bạn đọc " + name + " xin gỡ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/toa-soan/binh-luan/du-lieu-ca-nhan").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/toa-soan/binh-luan/du-lieu-ca-nhan/xuat")
                        .with(ADMIN)
                        .with(csrf())
                        .param("email", "RiengTu.Nguyen@example.vn"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(jsonPath("$.comments[0].content").value("Ý kiến về " + words + ", xin xóa khi yêu cầu."))
                .andExpect(jsonPath("$.comments[0].originalContent")
                        .value("Ý kiến của tôi về " + words + ", xin xóa khi tôi yêu cầu."))
                .andExpect(jsonPath("$.comments[0].ip").exists());
        assertThat(rowsMentioning(name)).as("the audit log quotes the reader").contains("audit_log");
        assertThat(filesNamed(storedName))
                .as("the photo, re-encoded on approval")
                .hasSize(3);

        var admin = new MockHttpSession();
        mvc.perform(post("/toa-soan/binh-luan/du-lieu-ca-nhan/xoa")
                        .with(ADMIN)
                        .with(csrf())
                        .session(admin)
                        .param("email", email)
                        .param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/toa-soan/binh-luan/du-lieu-ca-nhan")
                                .with(ADMIN)
                                .session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã xóa 1 bình luận cùng file đính kèm.");
        for (String trace : List.of(name, email, "riengtu.nguyen", words, fileName, storedName)) {
            assertThat(rowsMentioning(trace))
                    .as("tables still holding «%s»", trace)
                    .isEmpty();
        }
        assertThat(filesNamed(storedName)).isEmpty();
        assertThat(jdbc.sql("SELECT action, details FROM audit_log WHERE target_type = 'comment' AND target_id = ?")
                        .param(Long.toString(sent.id()))
                        .query((rs, n) -> rs.getString("action") + ": " + rs.getString("details"))
                        .list())
                .as("the newsroom's actions stay audited, without their words")
                .contains(
                        "comment.edit: [đã xóa theo yêu cầu]",
                        "comment.reply: [đã xóa theo yêu cầu]",
                        "comment.reject: [đã xóa theo yêu cầu]");
    }

    /** Every table of the database that has a row whose text holds {@code trace}. */
    private List<String> rowsMentioning(String trace) {
        List<String> tables = jdbc.sql("""
                        SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                        """).query(String.class).list();
        return tables.stream()
                .filter(table -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table
                                + " t WHERE position(lower(?) IN lower(t::text)) > 0)")
                        .param(trace)
                        .query(Boolean.class)
                        .single())
                .map(table -> table.substring(table.indexOf('.') + 1))
                .toList();
    }

    /** Files of the private comment store whose name holds the stored name. */
    private List<Path> filesNamed(String storedName) throws IOException {
        try (Stream<Path> files = Files.walk(dataDirectory.resolve("comments"))) {
            return files.filter(f -> f.getFileName().toString().contains(storedName))
                    .toList();
        }
    }

    @Test
    void anAdminChangesTheNoticeReadersSeeAboveTheForm() throws Exception {
        mvc.perform(post("/toa-soan/binh-luan/cai-dat/loi-nhan")
                        .with(ADMIN)
                        .with(csrf())
                        .param("notice", "LƯU Ý: Báo Sông Lam biên tập ý kiến trước khi đăng."))
                .andExpect(status().is3xxRedirection());
        var article = pages.aged(ARTICLE);
        assertThat(new ReaderClient(port).get(article.url()).body())
                .contains("LƯU Ý: Báo Sông Lam biên tập ý kiến trước khi đăng.");
        mvc.perform(post("/toa-soan/binh-luan/cai-dat/loi-nhan")
                        .with(EDITOR)
                        .with(csrf())
                        .param("notice", "x"))
                .andExpect(status().isForbidden());
    }
}
