package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text cut into words and what lies between them, so that a restored text keeps every space and punctuation mark.
 * Runs of Vietnamese syllables with only spaces between them form segments: the n-gram model sees each segment as a
 * sentence of its own.
 */
final class TextTokens {

    /** A word of the text: where it sits and its lower-case canonical form. */
    record Word(int start, int end, String lower, boolean segmentStart) {}

    private TextTokens() {}

    /** The words of an NFC text; a word after anything but spaces starts a new segment. Addresses are skipped. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean breakBefore = true;
        while (i < n) {
            char c = text.charAt(i);
            if ((i == 0 || Character.isWhitespace(text.charAt(i - 1))) && !Character.isWhitespace(c)) {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (isTechnical(text, i, end)) {
                    i = end;
                    breakBefore = true;
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                    breakBefore = true; // a unit after a number: 10ha, 5km, 20kg
                    continue;
                }
                boolean digitAttached = i < n && Character.isDigit(text.charAt(i));
                String lower =
                        VietnameseText.canonicalWord(text.substring(start, i).toLowerCase(Locale.ROOT));
                out.add(new Word(start, i, lower, breakBefore || digitAttached));
                breakBefore = digitAttached;
            } else {
                if (c != ' ') {
                    breakBefore = true;
                }
                i++;
            }
        }
        return out;
    }

    /** The lower-case syllable segments of a text, for training. */
    static List<List<String>> segments(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Word w : words(VietnameseText.nfc(text))) {
            boolean syllable = SyllableTable.INSTANCE.contains(w.lower());
            if ((w.segmentStart() || !syllable) && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
            if (syllable) {
                current.add(w.lower());
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * A chunk between spaces that is no prose: a web or e-mail address, a file path ({@code /usr/share/doc/},
     * {@code ~/tai-lieu}, {@code C:\Tai lieu}), code ({@code tinh_tong(a,}, {@code x->y}), a file name with its
     * extension ({@code main.py}) or a command-line option ({@code -la}).
     */
    static boolean isTechnical(String s, int from, int to) {
        if (isAddress(s, from, to)) {
            return true;
        }
        int f = from;
        while (f < to - 1 && "(\"“‘'«".indexOf(s.charAt(f)) >= 0) {
            f++;
        }
        char c0 = s.charAt(f);
        if (c0 == '/' || c0 == '~' || c0 == '\\' || isOption(s, f, to) || isDotName(s, f, to)) {
            return true;
        }
        if (to - from > 2 && Character.isLetter(c0) && s.charAt(from + 1) == ':' && s.charAt(from + 2) == '\\') {
            return true; // a Windows drive
        }
        int slashes = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if ("\\_{}[]<>=|$`".indexOf(c) >= 0) {
                return true;
            }
            if (c == '(' && k > from && Character.isLetterOrDigit(s.charAt(k - 1))) {
                return true; // a call: tinh_tong(a, b)
            }
            if (k + 1 < to && isCodePair(k > from ? s.charAt(k - 1) : ' ', c, s.charAt(k + 1))) {
                return true;
            }
            if (c == '/') {
                slashes++;
            }
            if (c == '.' && k > from && Character.isLetterOrDigit(s.charAt(k - 1)) && isExtension(s, k + 1, to)) {
                return true;
            }
        }
        return slashes >= 2;
    }

    /** A command-line option: {@code -la}, {@code --param}. */
    private static boolean isOption(String s, int from, int to) {
        int k = from;
        while (k < to && k - from < 2 && s.charAt(k) == '-') {
            k++;
        }
        return k > from && k < to && Character.isLetter(s.charAt(k));
    }

    /** An extension or a section name standing alone, in Latin letters only: {@code .exe}, {@code .got}. */
    private static boolean isDotName(String s, int from, int to) {
        if (s.charAt(from) != '.' || from + 1 >= to || !isAsciiLetter(s.charAt(from + 1))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (s.charAt(k) >= 0x80 && "“”‘’»".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Signs that join letters only in code and notation: a glob ({@code *.pem}), a sum of letters ({@code u+rw},
     * {@code U+E000}), a scope ({@code util::copy}).
     */
    private static boolean isCodePair(char before, char c, char after) {
        return (c == '*' && after == '.')
                || (c == '+' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after))
                || (c == ':' && after == ':');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** One to four letters or digits to the end of the chunk (trailing punctuation allowed): {@code .py}, {@code .doc}. */
    private static boolean isExtension(String s, int from, int to) {
        int k = from;
        while (k < to && Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) < 0x80) {
            k++;
        }
        if (k - from < 1 || k - from > 4) {
            return false;
        }
        while (k < to && ",;:!?)\"'".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k == to;
    }

    /** Web and e-mail addresses, hashtags and mentions: never Vietnamese prose. */
    static boolean isAddress(String s, int from, int to) {
        char c0 = s.charAt(from);
        if (c0 == '#' || c0 == '@') {
            return to - from > 1;
        }
        boolean dotBetweenLetters = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '@' && k > from && k < to - 1) {
                return true;
            }
            if (c == ':' && k + 2 < to && s.charAt(k + 1) == '/' && s.charAt(k + 2) == '/') {
                return true;
            }
            if (c == '.' && k > from && k + 2 < to && Character.isLetterOrDigit(s.charAt(k - 1))) {
                dotBetweenLetters |= isTopLevelDomain(s, k + 1, to);
            }
        }
        return dotBetweenLetters || s.startsWith("www.", from);
    }

    /** Lower-case ASCII letters to the end of the chunk (trailing punctuation allowed), as in ".vn" or ".com". */
    private static boolean isTopLevelDomain(String s, int from, int to) {
        int k = from;
        while (k < to && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        if (k - from < 2) {
            return false;
        }
        while (k < to && "/.,;:!?)\"'".indexOf(s.charAt(k)) >= 0 && s.charAt(k) != '.') {
            k++;
        }
        return k == to || s.charAt(k) == '.' || s.charAt(k) == '/';
    }
}
