package vn.toasoan.vietnamese;

import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import vn.toasoan.platform.ApiProblems;

class VietnameseCheckControllerTests {

    private static final LocaleResolver VIETNAMESE = new FixedLocaleResolver(Locale.forLanguageTag("vi"));

    private static final MockMvc mvc = MockMvcBuilders.standaloneSetup(new VietnameseCheckController(
                    new DiacriticsDetector(), new DiacriticsRestorer(RestorerEvaluation.trainedOnOwnSentences())))
            .setControllerAdvice(new ApiProblems(messages(), VIETNAMESE))
            .setLocaleResolver(VIETNAMESE)
            .build();

    /** The site's interface text, as the application reads it. */
    private static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void suggestsTheMarkedTextWhenTheyAreMissing() throws Exception {
        mvc.perform(post("/api/v1/vietnamese/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"cam on ban rat nhieu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missingDiacritics").value(true))
                .andExpect(jsonPath("$.suggestion").value("cảm ơn bạn rất nhiều"));
    }

    @Test
    void acceptsMarkedTextWithoutSuggestion() throws Exception {
        mvc.perform(post("/api/v1/vietnamese/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Cảm ơn bạn rất nhiều\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missingDiacritics").value(false))
                .andExpect(jsonPath("$.suggestion").value(nullValue()));
    }

    @Test
    void missingTextIsAProblemInVietnameseFirst() throws Exception {
        mvc.perform(post("/api/v1/vietnamese/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Thiếu nội dung cần kiểm tra."));
    }

    @Test
    void textOverTenThousandCharactersIsRefused() throws Exception {
        String text = "a".repeat(10_001);
        mvc.perform(post("/api/v1/vietnamese/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Nội dung dài quá 10000 ký tự")));
    }

    @Test
    void brokenJsonIsAProblemToo() throws Exception {
        mvc.perform(post("/api/v1/vietnamese/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Nội dung gửi lên không phải JSON hợp lệ")));
    }
}
