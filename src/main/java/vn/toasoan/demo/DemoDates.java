package vn.toasoan.demo;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a demo article's text names, written from the day the article is dated, so that the text says what its
 * date says wherever the first start puts it. In {@code demo/content.json}, {@code {d}} is the article's own day as a
 * Vietnamese paper writes it ("5-9"), {@code {d-2}} two days before, {@code {d+7}} a week after; {@code {m}} is its
 * month ("9"), {@code {m+2}} two months after.
 */
record DemoDates(LocalDate day) {

    private static final Pattern TOKEN = Pattern.compile("\\{([dm])([+-]\\d+)?}");

    String fill(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String value;
            if (m.group(1).equals("d")) {
                LocalDate named = day.plusDays(offset);
                value = named.getDayOfMonth() + "-" + named.getMonthValue();
            } else {
                value = Integer.toString(
                        day.withDayOfMonth(1).plusMonths(offset).getMonthValue());
            }
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
