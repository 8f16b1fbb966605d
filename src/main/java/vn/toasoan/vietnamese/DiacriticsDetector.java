package vn.toasoan.vietnamese;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells whether a text is Vietnamese typed without its marks ("cam on ban" for "cảm ơn bạn"), or with the marks
 * left as Telex or VNI keys ("tieengs", "tie61ng"). Marked Vietnamese, English, names, numbers, web addresses and
 * e-mail addresses pass.
 *
 * <p>Each word adds evidence. A bare word that Vietnamese spells only with marks ("nguoi", "hoc") weighs most; a
 * bare word that is often a word by itself ("anh", "con") weighs little; each marked word shows a writer who marks,
 * and takes evidence away. English words weigh nothing when the text around them is English. Stateless and
 * thread-safe; one pass over the text.
 */
@Component
public class DiacriticsDetector {

    static final double COST_COMMON = 0.3;
    static final double COST_SOMETIMES = 1.2;
    static final double COST_RARE = 2.6;
    static final double COST_STRIPPED = 4.0;
    static final double COST_WEAK_LEFTOVER = 3.0;

    /** Loanwords Vietnamese comments use all the time: evidence of neither language. */
    private static final Set<String> NEUTRAL = Set.of(
            "ok", "okay", "hello", "haha", "hihi", "hehe", "lol", "admin", "like", "share", "comment", "post", "link",
            "video", "clip", "online", "shop", "fan", "idol", "team", "top");

    public DiacriticsDetector() {}

    public boolean isMissingDiacritics(String text) {
        return assess(text).missing();
    }

    /** What the detector saw; kept for the evaluation figures. */
    record Assessment(boolean missing, double score, int suspects, int marked, int strongLeftovers, boolean english) {}

    Assessment assess(String text) {
        if (text == null || text.isEmpty()) {
            return new Assessment(false, 0, 0, 0, 0, false);
        }
        Evidence tally = new Evidence();
        String s = hasCombiningMarks(text) ? VietnameseText.nfc(text) : text;
        int n = s.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            if (!TextTokens.isTechnical(s, start, i) && !isTransliteration(s, start, i)) {
                scanChunk(s, start, i, sentenceStart, tally);
            }
            char last = s.charAt(i - 1);
            sentenceStart = last == '.' || last == '!' || last == '?' || last == ':' || last == '"';
        }
        return tally.verdict();
    }

    private void scanChunk(String s, int from, int to, boolean sentenceStart, Evidence tally) {
        int i = from;
        boolean first = sentenceStart;
        while (i < to) {
            while (i < to && !Letters.isWordChar(s.charAt(i))) {
                tally.punctuation();
                i++;
            }
            int start = i;
            boolean apostrophe = false;
            while (i < to) {
                char c = s.charAt(i);
                if (Letters.isWordChar(c)) {
                    i++;
                } else if ((c == '\'' || c == '’') && i + 1 < to && Character.isLetter(s.charAt(i + 1)) && i > start) {
                    apostrophe = true;
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                if (apostrophe) {
                    tally.foreign();
                } else {
                    classify(s.substring(start, i), first, tally);
                }
                first = false;
            }
        }
    }

    private void classify(String word, boolean sentenceStart, Evidence tally) {
        boolean digits = false;
        boolean letters = false;
        boolean marked = false;
        boolean ascii = true;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else {
                letters = true;
                if (c > 0x7F) {
                    ascii = false;
                    marked |= Letters.isMarkedVietnamese(c);
                }
            }
        }
        if (!letters) {
            return; // a number
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NEUTRAL.contains(lower)) {
            return;
        }
        boolean titleCase = Character.isUpperCase(word.charAt(0)) && !isAllCaps(word);
        boolean name = titleCase && !sentenceStart;
        tally.titleCase &= titleCase;
        boolean acronym = word.length() > 1 && isAllCaps(word);
        if (digits) {
            if (ascii && !acronym && TypingLeftovers.decode(lower).strength() == TypingLeftovers.Strength.STRONG) {
                tally.strongLeftover(titleCase);
            }
            return; // model numbers, U23, mp3, 5G
        }
        if (!ascii) {
            if (marked
                    && (SyllableTable.INSTANCE.contains(lower)
                            || SyllableTable.INSTANCE.contains(VietnameseText.canonicalWord(lower)))) {
                tally.marked(lower);
            } else if (!acronym) {
                tally.foreign();
            }
            return;
        }
        SyllableTable table = SyllableTable.INSTANCE;
        boolean english = WordLists.isEnglish(lower);
        if (table.contains(lower)) {
            double cost = switch (WordLists.bareness(lower)) {
                case COMMON -> COST_COMMON;
                case SOMETIMES -> COST_SOMETIMES;
                case RARE -> COST_RARE;
            };
            tally.bareSyllable(lower, cost, english, name);
        } else if (table.isFolded(lower)) {
            tally.bareSyllable(lower, COST_STRIPPED, english, name);
        } else if (english) {
            tally.foreign();
        } else if (acronym) {
            return; // UBND, TW, HĐND: abbreviations say nothing about either language
        } else {
            TypingLeftovers.Strength strength = TypingLeftovers.decode(lower).strength();
            switch (strength) {
                case STRONG -> tally.strongLeftover(titleCase);
                case WEAK -> tally.suspect(COST_WEAK_LEFTOVER, false, name);
                case NONE -> tally.foreign();
            }
        }
    }

    /**
     * Syllables joined by hyphens: a foreign name written the Vietnamese way ("Xin-ga-po", "Li-tu-a-ni", "Mon-te-nê-gợ-rô"),
     * whose syllables carry marks or not as the name sounds, or a technical word ("Wi-Fi", "force-po"). Evidence of
     * neither a marked nor an unmarked writer.
     */
    private static boolean isTransliteration(String s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (s.charAt(k) == '-' && Character.isLetter(s.charAt(k - 1)) && Character.isLetter(s.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Decomposed marks are the only thing that NFC changes in Latin text; checking is cheaper than normalising. */
    private static boolean hasCombiningMarks(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
