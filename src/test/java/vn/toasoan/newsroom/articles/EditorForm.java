package vn.toasoan.newsroom.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/** The article editor's fields as a browser sends them back: hidden version, text, section, figures. */
public final class EditorForm {

    private EditorForm() {}

    public static Map<String, Object> fields(Document page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var input :
                page.select("#editor-form input[name], #editor-form textarea[name], #editor-form select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")
                    || input.attr("type").equals("file")
                    || input.attr("type").equals("checkbox")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").attr("value")
                    : input.tagName().equals("textarea") ? input.wholeText() : input.val();
            Object existing = fields.get(name);
            if (existing == null) {
                fields.put(name, value);
            } else {
                var values = new java.util.ArrayList<Object>(
                        existing instanceof java.util.List<?> list ? list : java.util.List.of(existing));
                values.add(value);
                fields.put(name, values);
            }
        }
        return fields;
    }
}
