package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text a user can be shown exists in Vietnamese and in English, and the console speaks the operator's choice. */
class MessageBundlesTests {

    @AfterEach
    void forgetTheChoice() {
        System.clearProperty("toasoan.lang");
    }

    @ParameterizedTest
    @CsvSource({"messages_vi, messages_en", "newsroom, newsroom_en", "comments, comments_en", "search, search_en"})
    void everyVietnameseTextHasItsEnglishAndNoMore(String vietnamese, String english) throws IOException {
        assertThat(load(english).stringPropertyNames())
                .as("keys of %s and %s", vietnamese, english)
                .containsExactlyInAnyOrderElementsOf(load(vietnamese).stringPropertyNames().stream()
                        .filter(key -> !isAuditRecord(key))
                        .toList());
    }

    /** Two lines with one key leave the first unread: a column header once showed the notice meant for after a save. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "messages",
                "messages_vi",
                "messages_en",
                "newsroom",
                "newsroom_en",
                "comments",
                "comments_en",
                "search",
                "search_en"
            })
    void noKeyIsWrittenTwice(String bundle) throws IOException {
        var seen = new HashSet<String>();
        var twice = new ArrayList<String>();
        var keys = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
    }

    /** The audit log is one record in one language: its texts are written in Vietnamese whoever reads them. */
    private static boolean isAuditRecord(String key) {
        return key.contains(".audit.");
    }

    @Test
    void theConsoleSpeaksVietnameseUnlessTheOperatorChoosesEnglish() {
        String vietnamese = OperatorText.get("accounts.command.temporaryPassword", "a@baosonglam.vn", "mk");
        System.setProperty("toasoan.lang", "en_US.UTF-8");
        String english = OperatorText.get("accounts.command.temporaryPassword", "a@baosonglam.vn", "mk");

        assertThat(vietnamese).isEqualTo("Mật khẩu tạm của a@baosonglam.vn: mk");
        assertThat(english).isEqualTo("Temporary password of a@baosonglam.vn: mk");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
