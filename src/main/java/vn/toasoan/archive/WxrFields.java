package vn.toasoan.archive;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.toasoan.platform.VietnamTime;

/** Reads the fields of a WordPress export where the StAX cursor stands: text, dates, numbers and namespaces. */
final class WxrFields {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrFields() {}

    /** The text of the current element, CDATA included; nested elements are skipped. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
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

    static void skip(XMLStreamReader xml) throws XMLStreamException {
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

    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The export's namespaces by what they are, whatever prefix or WXR version the file uses. */
    static String namespace(XMLStreamReader xml) {
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

    static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress writes {@code 0000-00-00 00:00:00} for a date it does not have. */
    static Instant gmt(String text) {
        LocalDateTime time = parse(text);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /** A local date without its zone: the site's, taken as Vietnam time. */
    static Instant local(String text) {
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
}
