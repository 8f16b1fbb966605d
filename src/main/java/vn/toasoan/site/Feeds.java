package vn.toasoan.site;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.SitemapEntry;
import vn.toasoan.media.Image;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;

/** RSS feeds, sitemaps for search engines and the Google News sitemap, and robots.txt. */
@RestController
class Feeds {

    /**
     * Feeds are served as XML rather than {@code application/rss+xml}: readers' apps take either, and a browser shows
     * the latter as raw text instead of applying the feed's stylesheet.
     */
    private static final MediaType RSS = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl FIVE_MINUTES =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final int FEED_SIZE = 50;
    /** The sitemap protocol's limit for one file. */
    private static final int SITEMAP_SIZE = 50_000;
    /** Google News reads articles of the last two days. */
    private static final Duration NEWS_WINDOW = Duration.ofDays(2);

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    /** What the feeds' photos are shown at: wide enough for a reader's list and a tablet. */
    private static final int FEED_PHOTO_WIDTH = 960;

    private final Articles articles;
    private final Sections sections;
    private final Chrome chrome;
    private final Clock clock;

    Feeds(Articles articles, Sections sections, Chrome chrome, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
        this.clock = clock;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> rss() {
        return xml(RSS, rss(chrome.siteName(), "/", "/rss.xml", articles.latest(FEED_SIZE), sections.byIds()));
    }

    @GetMapping("/rss/{sectionSlug:[a-z0-9-]+}.xml")
    ResponseEntity<String> sectionRss(@PathVariable String sectionSlug) {
        Section section = sections.bySlug(sectionSlug).orElseThrow(() -> new SectionNotFoundException(sectionSlug));
        return xml(
                RSS,
                rss(
                        section.name() + " - " + chrome.siteName(),
                        section.url(),
                        "/rss/" + section.slug() + ".xml",
                        articles.latestInSection(section.id(), FEED_SIZE),
                        sections.byIds()));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        return xml(XML, write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            url(w, "/", null);
            for (Section section : sections.all()) {
                url(w, section.url(), null);
            }
            for (SitemapEntry entry : articles.sitemap(Instant.EPOCH, SITEMAP_SIZE)) {
                url(w, entry.path(), entry.updatedAt());
            }
            w.writeEndElement();
        }));
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> newsSitemap() {
        List<SitemapEntry> recent = articles.sitemap(clock.instant().minus(NEWS_WINDOW), 1000);
        return xml(XML, write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            w.writeNamespace("news", "http://www.google.com/schemas/sitemap-news/0.9");
            for (SitemapEntry entry : recent) {
                w.writeStartElement("url");
                element(w, "loc", chrome.absolute(entry.path()));
                w.writeStartElement("news", "news", "http://www.google.com/schemas/sitemap-news/0.9");
                w.writeStartElement("news", "publication", "http://www.google.com/schemas/sitemap-news/0.9");
                newsElement(w, "name", chrome.siteName());
                newsElement(w, "language", "vi");
                w.writeEndElement();
                newsElement(w, "publication_date", VietnamTime.iso(entry.publishedAt()));
                newsElement(w, "title", entry.title());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }));
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\nDisallow: /toa-soan/\nDisallow: /api/\nDisallow: /tim-kiem\n\nSitemap: "
                + chrome.absolute("/sitemap.xml") + "\nSitemap: " + chrome.absolute("/sitemap-news.xml") + "\n";
    }

    /**
     * RSS 2.0 with the Atom self link and Media RSS photos that readers' apps look for, and a stylesheet that shows
     * a readable page to whoever opens it in a browser.
     */
    private String rss(
            String title, String path, String self, List<ArticleSummary> items, Map<Long, Section> bySection) {
        return write(
                w -> {
                    w.writeStartElement("rss");
                    w.writeAttribute("version", "2.0");
                    w.writeNamespace("atom", ATOM);
                    w.writeNamespace("media", MEDIA);
                    w.writeStartElement("channel");
                    element(w, "title", title);
                    element(w, "link", chrome.absolute(path));
                    element(w, "description", chrome.siteDescription());
                    element(w, "language", "vi");
                    element(
                            w,
                            "lastBuildDate",
                            rfc1123(items.stream()
                                    .map(ArticleSummary::publishedAt)
                                    .max(Instant::compareTo)
                                    .orElseGet(clock::instant)));
                    w.writeEmptyElement("atom", "link", ATOM);
                    w.writeAttribute("href", chrome.absolute(self));
                    w.writeAttribute("rel", "self");
                    w.writeAttribute("type", "application/rss+xml");
                    for (ArticleSummary item : items) {
                        w.writeStartElement("item");
                        element(w, "title", item.title());
                        element(w, "link", chrome.absolute(item.url()));
                        w.writeStartElement("guid");
                        w.writeAttribute("isPermaLink", "true");
                        w.writeCharacters(chrome.absolute(item.url()));
                        w.writeEndElement();
                        element(w, "description", item.sapo());
                        Section section = bySection.get(item.sectionId());
                        if (section != null) {
                            element(w, "category", section.name());
                        }
                        element(w, "pubDate", rfc1123(item.publishedAt()));
                        if (item.leadImage() != null) {
                            photo(w, item.leadImage(), item.leadImageAlt());
                        }
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                },
                vn.toasoan.platform.Assets.url("/rss.xsl"));
    }

    /** The lead photo as Media RSS describes it. */
    private void photo(XMLStreamWriter w, Image image, String alt) throws XMLStreamException {
        int width = image.widths().stream()
                .filter(x -> x >= FEED_PHOTO_WIDTH)
                .findFirst()
                .orElse(image.widths().get(image.widths().size() - 1));
        w.writeStartElement("media", "content", MEDIA);
        w.writeAttribute("url", chrome.absolute(image.url(width)));
        w.writeAttribute("medium", "image");
        w.writeAttribute("type", "image/jpeg");
        w.writeAttribute("width", Integer.toString(width));
        w.writeAttribute("height", Long.toString(Math.round((double) image.height() * width / image.width())));
        if (alt != null && !alt.isBlank()) {
            w.writeStartElement("media", "description", MEDIA);
            w.writeCharacters(alt);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void url(XMLStreamWriter w, String path, Instant modified) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", chrome.absolute(path));
        if (modified != null) {
            element(w, "lastmod", VietnamTime.iso(modified));
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("news", name, "http://www.google.com/schemas/sitemap-news/0.9");
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, VietnamTime.ZONE));
    }

    private static ResponseEntity<String> xml(MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).cacheControl(FIVE_MINUTES).body(body);
    }

    private static String write(XmlBody body) {
        return write(body, null);
    }

    private static String write(XmlBody body, String stylesheet) {
        try {
            var out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            if (stylesheet != null) {
                w.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + stylesheet + "\"");
            }
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }
}
