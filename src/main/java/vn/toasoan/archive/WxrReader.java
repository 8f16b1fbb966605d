package vn.toasoan.archive;

import static vn.toasoan.archive.WxrFields.attribute;
import static vn.toasoan.archive.WxrFields.gmt;
import static vn.toasoan.archive.WxrFields.local;
import static vn.toasoan.archive.WxrFields.namespace;
import static vn.toasoan.archive.WxrFields.number;
import static vn.toasoan.archive.WxrFields.skip;
import static vn.toasoan.archive.WxrFields.text;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Reads a WordPress export (WXR) one {@code <item>} at a time with StAX, so that memory stays the same whatever the
 * file's size. The site's authors and categories come before the items in every export; they are kept as they are
 * met. No DTD and no external entity is ever read.
 */
final class WxrReader implements Closeable {

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
                String ns = namespace(xml);
                if (name.equals("item") && ns.isEmpty()) {
                    return item();
                } else if (name.equals("author") && ns.equals("wp")) {
                    author();
                } else if ((name.equals("base_site_url") && ns.equals("wp"))
                        || (name.equals("link") && ns.isEmpty() && site.isEmpty())) {
                    String url = text(xml).strip();
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
                    case "author_login" -> login = text(xml).strip();
                    case "author_display_name" -> display = text(xml).strip();
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
                    && namespace(xml).isEmpty()) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String ns = namespace(xml);
            switch (ns + ":" + name) {
                case ":title" -> title = text(xml);
                case ":link" -> link = text(xml).strip();
                case ":guid" -> guid = text(xml).strip();
                case "dc:creator" -> creator = text(xml).strip();
                case "content:encoded" -> content = text(xml);
                case "excerpt:encoded" -> excerpt = text(xml);
                case "wp:post_id" -> id = number(text(xml));
                case "wp:post_type" -> type = text(xml).strip();
                case "wp:status" -> status = text(xml).strip();
                case "wp:post_date_gmt" -> dateGmt = gmt(text(xml));
                case "wp:post_date" -> dateLocal = local(text(xml));
                case "wp:attachment_url" -> attachmentUrl = text(xml).strip();
                case ":category" -> {
                    String domain = attribute(xml, "domain");
                    String slug = attribute(xml, "nicename");
                    String termName = VietnameseText.nfc(text(xml).strip());
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
                    case "meta_key" -> key = text(xml).strip();
                    case "meta_value" -> value = text(xml);
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
                case "comment_id" -> id = number(text(xml));
                case "comment_author" -> author = text(xml).strip();
                case "comment_author_email" -> email = text(xml).strip();
                case "comment_author_IP" -> ip = text(xml).strip();
                case "comment_date_gmt" -> dateGmt = gmt(text(xml));
                case "comment_date" -> dateLocal = local(text(xml));
                case "comment_content" -> content = text(xml);
                case "comment_approved" -> approved = text(xml).strip();
                case "comment_type" -> type = text(xml).strip();
                case "commentmeta" -> skip(xml);
                default -> {}
            }
        }
        return new WxrItem.Comment(
                id, author, email, ip, dateGmt != null ? dateGmt : dateLocal, content, approved, type);
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
