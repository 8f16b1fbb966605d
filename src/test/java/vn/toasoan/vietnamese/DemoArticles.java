package vn.toasoan.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The demo site's articles as the articles feature hands them to the restorer: title, sapo and body. */
final class DemoArticles {

    private static List<String> texts;

    private DemoArticles() {}

    @SuppressWarnings("unchecked")
    static synchronized List<String> texts() {
        if (texts != null) {
            return texts;
        }
        try (InputStream in = DemoArticles.class.getResourceAsStream("/demo/content.json")) {
            Map<String, Object> content = JsonMapper.builder().build().readValue(in, Map.class);
            List<String> out = new ArrayList<>();
            for (Map<String, Object> article : (List<Map<String, Object>>) content.get("articles")) {
                out.add(article.get("title") + ".\n" + article.get("sapo") + "\n"
                        + String.join(" ", (List<String>) article.get("body")));
            }
            texts = List.copyOf(out);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
