package vn.toasoan.archive;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Reads a WordPress export (WXR) one {@code <item>} at a time with StAX, so that memory stays the same whatever the
 * file's size. The site's authors and categories come before the items in every export; they are kept as they are
 * met. No DTD and no external entity is ever read.
 */
final class WxrReader implements Closeable {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final InputStream in;
    private final XMLStreamReader xml;
    private final Map<String, String> authors = new HashMap<>();
    private String site = "";

    private WxrReader(InputStream in, XMLStreamReader xml) {
        this.in = in;
        this.xml = xml;
    }

    static WxrReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new WxrReader(in, factory.createXMLStreamReader(in));
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void trySet(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows every property; DTDs are off anyway
        }
    }

    /** The old site's address ({@code https://baocu.vn}), known once the channel's header has been read. */
    String site() {
        return site;
    }

    /** An author's display name by login, as the byline shows it; the login when the export names no author. */
    String byline(String login) {
        String name = authors.get(login);
        return name == null || name.isBlank() ? login : name;
    }

    /** The next item, or null at the end of the file. */
    WxrItem next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String ns = namespace();
                if (name.equals("item") && ns.isEmpty()) {
                    return item();
                } else if (name.equals("author") && ns.equals("wp")) {
                    author();
                } else if ((name.equals("base_site_url") && ns.equals("wp"))
                        || (name.equals("link") && ns.isEmpty() && site.isEmpty())) {
                    String url = text().strip();
                    if (!url.isEmpty()) {
                        site = url.replaceAll("/+$", "");
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void author() throws XMLStreamException {
        String login = "";
        String display = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("author")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "author_login" -> login = text().strip();
                    case "author_display_name" -> display = text().strip();
                    default -> {}
                }
            }
        }
        if (!login.isEmpty()) {
            authors.put(login, VietnameseText.nfc(display));
        }
    }

    private WxrItem item() throws XMLStreamException {
        long id = 0;
        String type = "";
        String status = "";
        String title = "";
        String link = "";
        String guid = "";
        String creator = "";
        String content = "";
        String excerpt = "";
        String attachmentUrl = null;
        Instant dateGmt = null;
        Instant dateLocal = null;
        List<WxrItem.Term> categories = new ArrayList<>();
        List<WxrItem.Term> tags = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<WxrItem.Comment> comments = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals("item")
                    && namespace().isEmpty()) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String ns = namespace();
            switch (ns + ":" + name) {
                case ":title" -> title = text();
                case ":link" -> link = text().strip();
                case ":guid" -> guid = text().strip();
                case "dc:creator" -> creator = text().strip();
                case "content:encoded" -> content = text();
                case "excerpt:encoded" -> excerpt = text();
                case "wp:post_id" -> id = number(text());
                case "wp:post_type" -> type = text().strip();
                case "wp:status" -> status = text().strip();
                case "wp:post_date_gmt" -> dateGmt = gmt(text());
                case "wp:post_date" -> dateLocal = local(text());
                case "wp:attachment_url" -> attachmentUrl = text().strip();
                case ":category" -> {
                    String domain = attribute("domain");
                    String slug = attribute("nicename");
                    String termName = VietnameseText.nfc(text().strip());
                    var term = new WxrItem.Term(slug == null ? "" : slug, termName);
                    if ("category".equals(domain)) {
                        categories.add(term);
                    } else if ("post_tag".equals(domain)) {
                        tags.add(term);
                    }
                }
                case "wp:postmeta" -> postmeta(meta);
                case "wp:comment" -> comments.add(comment());
                default -> {}
            }
        }
        return new WxrItem(
                id,
                type,
                status,
                VietnameseText.nfc(title.strip()),
                link,
                guid,
                creator,
                content,
                excerpt,
                dateGmt != null ? dateGmt : dateLocal,
                categories,
                tags,
                meta,
                attachmentUrl,
                comments);
    }

    private void postmeta(Map<String, String> meta) throws XMLStreamException {
        String key = null;
        String value = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("postmeta")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "meta_key" -> key = text().strip();
                    case "meta_value" -> value = text();
                    default -> {}
                }
            }
        }
        if (key != null && (key.equals("_thumbnail_id") || key.equals("_wp_attachment_image_alt"))) {
            meta.put(key, value.strip());
        }
    }

    private WxrItem.Comment comment() throws XMLStreamException {
        long id = 0;
        String author = "";
        String email = "";
        String ip = "";
        Instant dateGmt = null;
        Instant dateLocal = null;
        String content = "";
        String approved = "";
        String type = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("comment")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "comment_id" -> id = number(text());
                case "comment_author" -> author = text().strip();
                case "comment_author_email" -> email = text().strip();
                case "comment_author_IP" -> ip = text().strip();
                case "comment_date_gmt" -> dateGmt = gmt(text());
                case "comment_date" -> dateLocal = local(text());
                case "comment_content" -> content = text();
                case "comment_approved" -> approved = text().strip();
                case "comment_type" -> type = text().strip();
                case "commentmeta" -> skip();
                default -> {}
            }
        }
        return new WxrItem.Comment(
                id, author, email, ip, dateGmt != null ? dateGmt : dateLocal, content, approved, type);
    }

    /** The text of the current element, CDATA included; nested elements are skipped. */
    private String text() throws XMLStreamException {
        var text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {}
            }
        }
        return text.toString();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The export's namespaces by what they are, whatever prefix or WXR version the file uses. */
    private String namespace() {
        String uri = xml.getNamespaceURI();
        if (uri == null || uri.isEmpty()) {
            return "";
        }
        if (uri.contains("wordpress.org/export") && uri.contains("excerpt")) {
            return "excerpt";
        }
        if (uri.contains("wordpress.org/export")) {
            return "wp";
        }
        if (uri.contains("purl.org/rss/1.0/modules/content")) {
            return "content";
        }
        if (uri.contains("purl.org/dc/elements")) {
            return "dc";
        }
        return uri;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress writes {@code 0000-00-00 00:00:00} for a date it does not have. */
    private static Instant gmt(String text) {
        LocalDateTime time = parse(text);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /** A local date without its zone: the site's, taken as Vietnam time. */
    private static Instant local(String text) {
        LocalDateTime time = parse(text);
        return time == null ? null : time.atZone(VietnamTime.ZONE).toInstant();
    }

    private static LocalDateTime parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(s, WP_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed all the same
        } finally {
            in.close();
        }
    }
}
