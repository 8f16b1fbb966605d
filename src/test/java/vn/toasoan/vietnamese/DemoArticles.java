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
                String text = article.get("title") + ".\n" + article.get("sapo") + "\n"
                        + String.join(" ", (List<String>) article.get("body"));
                // the dates the loader writes from each article's own day ("{d-2}", "tháng {m}"): any will do here
                out.add(text.replaceAll("\\{d[+-]?\\d*}", "5-9").replaceAll("\\{m[+-]?\\d*}", "9"));
            }
            texts = List.copyOf(out);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
