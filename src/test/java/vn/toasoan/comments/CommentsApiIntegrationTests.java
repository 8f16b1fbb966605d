package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The moderation queue for scripts: {@code /api/v1/comments}, for editors only, comments without personal data. */
@ToaSoanIntegrationTest
class CommentsApiIntegrationTests {

    static final String ARTICLE = "Huyện Hòa Sơn lấy ý kiến về tuyến xe buýt mới";

    private static final RequestPostProcessor EDITOR =
            user("bientap@toasoan.vn").roles("EDITOR");
    private static final RequestPostProcessor REPORTER =
            user("phongvien@toasoan.vn").roles("REPORTER");

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Comments comments;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages pages;

    MockMvc mvc;

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
    void theApiListsApprovesWithEditedContentAndRejects() throws Exception {
        long id = comment("Qua API", "api@example.vn", "Ý kiến gửi qua biểu mẫu, duyệt qua API.");

        mvc.perform(get("/api/v1/comments").param("status", "PENDING").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].name").value("Qua API"))
                .andExpect(jsonPath("$.items[0].email").doesNotExist());
        mvc.perform(post("/api/v1/comments/" + id + "/approve")
                        .with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"Ý kiến đã được biên tập qua API.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.edited").value(true))
                .andExpect(jsonPath("$.content").value("Ý kiến đã được biên tập qua API."))
                .andExpect(jsonPath("$.createdAt").value(org.hamcrest.Matchers.endsWith("+07:00")))
                .andExpect(jsonPath("$.attachment").isEmpty());
        mvc.perform(post("/api/v1/comments/" + id + "/reject")
                        .with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Trùng lặp\"}"))
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/v1/comments/999999/approve").with(EDITOR))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/comments")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/comments").with(REPORTER)).andExpect(status().isForbidden());
    }
}
