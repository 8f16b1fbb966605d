package vn.toasoan.articles;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.vietnamese.VietnameseText;

/** Reads a scraped article page (see DESIGN.md, "What the sample page tells us"). */
final class ScrapedPageParser {

    private static final Pattern UPDATED =
            Pattern.compile("^Cập nhật:\\s*(\\d{1,2}-\\d{1,2}-\\d{4})\\s*\\|\\s*(\\d{1,2}:\\d{2}:\\d{2})$");
    private static final DateTimeFormatter UPDATED_FORMAT =
            DateTimeFormatter.ofPattern("d-M-uuuu H:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    /** A caption ends with the photographer's credit: "… Ảnh: H.VĂN". */
    private static final Pattern CAPTION = Pattern.compile("^(.*\\S)\\s+Ảnh:\\s*(\\S.{0,59})$");

    /** The page around the article: share line, comment notice, attachment line, back-to-top, hit counter. */
    private static final List<Pattern> CHROME = List.of(
            Pattern.compile("^Chia sẻ bài viết.*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^LƯU Ý:.*"),
            Pattern.compile("^Gửi file đính kèm.*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Quay lên trên.*", Pattern.CASE_INSENSITIVE),
            Pattern.compile(".*hit counter$", Pattern.CASE_INSENSITIVE));

    private static final int MAX_TITLE = 300;
    private static final int MAX_BYLINE = 80;

    private ScrapedPageParser() {}

    static ScrapedPage parse(String text) {
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.size() < 4) {
            throw PageImportException.notAnArticle("tooFewParagraphs");
        }
        String title = paragraphs.get(0);
        if (title.length() > MAX_TITLE) {
            throw PageImportException.notAnArticle("titleTooLong");
        }
        Matcher updated = UPDATED.matcher(paragraphs.get(1));
        if (!updated.matches()) {
            throw PageImportException.notAnArticle("noUpdateLine");
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(updated.group(1) + " " + updated.group(2), UPDATED_FORMAT);
        } catch (DateTimeParseException e) {
            throw PageImportException.notAnArticle("badUpdateTime");
        }

        int end = paragraphs.size();
        while (end > 2 && isChrome(paragraphs.get(end - 1))) {
            end--;
        }
        String byline = "";
        if (end > 3 && isByline(paragraphs.get(end - 1))) {
            byline = paragraphs.get(end - 1);
            end--;
        }
        String sapo = paragraphs.get(2);
        List<String> body = new ArrayList<>();
        List<Integer> bodyPageNumbers = new ArrayList<>();
        List<ScrapedPage.ScrapedFigure> figures = new ArrayList<>();
        for (int i = 3; i < end; i++) {
            String paragraph = paragraphs.get(i);
            Matcher caption = CAPTION.matcher(paragraph);
            if (caption.matches()) {
                figures.add(new ScrapedPage.ScrapedFigure(
                        body.size(), caption.group(1), caption.group(2).strip()));
            } else {
                body.add(paragraph);
                bodyPageNumbers.add(i + 1);
            }
        }
        if (body.isEmpty()) {
            throw PageImportException.notAnArticle("noBody");
        }
        List<int[]> duplicates = new ArrayList<>();
        for (int[] pair : NearDuplicateParagraphs.find(body)) {
            duplicates.add(new int[] {bodyPageNumbers.get(pair[0]), bodyPageNumbers.get(pair[1])});
        }
        return new ScrapedPage(
                title, time.atZone(VietnamTime.ZONE).toInstant(), sapo, body, figures, byline, duplicates);
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : VietnameseText.nfc(text).split("\\R")) {
            String clean = line.replaceAll("[\\s\\p{Z}\\uFEFF]+", " ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    private static boolean isChrome(String paragraph) {
        return CHROME.stream().anyMatch(p -> p.matcher(paragraph).matches());
    }

    /** Bylines stand alone in capitals: "HỒ VĂN", "T.LONG", "NGUYỄN AN - MINH HÀ". */
    private static boolean isByline(String paragraph) {
        return paragraph.length() <= MAX_BYLINE
                && paragraph.chars().anyMatch(Character::isLetter)
                && paragraph.equals(paragraph.toUpperCase(Locale.ROOT))
                && paragraph.matches("[\\p{L}\\s.,\\-–()]+");
    }
}
