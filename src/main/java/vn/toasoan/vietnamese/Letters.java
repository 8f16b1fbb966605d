package vn.toasoan.vietnamese;

import java.text.Normalizer;

/**
 * Per-character tables for precomposed (NFC) Latin letters: the letter without its tone mark, the tone, and the
 * letter with every mark removed. Lookups are array reads, which keeps the detector well under a millisecond.
 */
final class Letters {

    private static final int SIZE = 0x2000;
    private static final char[] TONELESS = new char[SIZE];
    private static final char[] FOLDED = new char[SIZE];
    private static final byte[] TONE = new byte[SIZE];
    private static final boolean[] VIETNAMESE = new boolean[SIZE];
    private static final char[][] WITH_TONE = new char[SIZE][];

    static {
        for (char c = 0; c < SIZE; c++) {
            TONELESS[c] = c;
            FOLDED[c] = c;
        }
        for (char c = 0xC0; c < SIZE; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (nfd.length() < 2 || nfd.charAt(0) > 0x7F) {
                continue;
            }
            StringBuilder kept = new StringBuilder().append(nfd.charAt(0));
            Tone tone = Tone.LEVEL;
            for (int i = 1; i < nfd.length(); i++) {
                char m = nfd.charAt(i);
                Tone t = Tone.ofMark(m);
                if (t != null) {
                    tone = t;
                } else {
                    kept.append(m);
                }
            }
            String toneless = Normalizer.normalize(kept, Normalizer.Form.NFC);
            if (toneless.length() == 1) {
                TONELESS[c] = toneless.charAt(0);
                TONE[c] = (byte) tone.ordinal();
            }
            FOLDED[c] = nfd.charAt(0);
        }
        FOLDED['đ'] = 'd';
        FOLDED['Đ'] = 'D';
        String bases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        for (char base : bases.toCharArray()) {
            char[] forms = new char[Tone.ALL.length];
            for (Tone t : Tone.ALL) {
                forms[t.ordinal()] = t == Tone.LEVEL
                        ? base
                        : Normalizer.normalize(base + String.valueOf(t.mark), Normalizer.Form.NFC)
                                .charAt(0);
                VIETNAMESE[forms[t.ordinal()]] = true;
            }
            WITH_TONE[base] = forms;
        }
        VIETNAMESE['đ'] = true;
        VIETNAMESE['Đ'] = true;
    }

    private Letters() {}

    /** The letter with its tone mark removed; vowel marks (ă â ê ô ơ ư) and đ stay. */
    static char toneless(char c) {
        return c < SIZE ? TONELESS[c] : c;
    }

    static Tone tone(char c) {
        return c < SIZE ? Tone.ALL[TONE[c]] : Tone.LEVEL;
    }

    /** The base ASCII letter: every mark removed, đ → d. */
    static char fold(char c) {
        return c < SIZE ? FOLDED[c] : c;
    }

    /** A letter that only Vietnamese spelling writes: a marked Vietnamese vowel or đ. */
    static boolean isMarkedVietnamese(char c) {
        return c < SIZE && c > 0x7F && VIETNAMESE[c];
    }

    static char withTone(char toneless, Tone tone) {
        char[] forms = toneless < SIZE ? WITH_TONE[toneless] : null;
        return forms == null ? toneless : forms[tone.ordinal()];
    }

    static boolean isVowel(char lower) {
        return "aăâeêioôơuưy".indexOf(lower) >= 0;
    }

    /** A letter or digit that belongs inside a word: Latin letters of any script mark, and digits. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
