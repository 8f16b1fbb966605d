package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every written Vietnamese syllable, generated from the spelling rules: onset × rhyme × tone. Forms are lower-case,
 * NFC, with the tone placed in the new style (see {@link TonePlacement}).
 */
final class SyllableTable {

    /** Rhymes without a medial glide, written as after an ordinary onset. */
    private static final List<String> RHYMES = List.of(
            "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ac", "ach", "ap", "at", //
            "ăm", "ăn", "ăng", "ăc", "ăp", "ăt", //
            "âu", "ây", "âm", "ân", "âng", "âc", "âp", "ât", //
            "e", "eo", "em", "en", "eng", "ec", "ep", "et", //
            "ê", "êu", "êm", "ên", "ênh", "êch", "êp", "êt", //
            "i", "ia", "iu", "im", "in", "inh", "ich", "ip", "it", //
            "iêu", "iêm", "iên", "iêng", "iêc", "iêp", "iêt", //
            "o", "oi", "om", "on", "ong", "oc", "op", "ot", "oong", "ooc", //
            "ô", "ôi", "ôm", "ôn", "ông", "ôc", "ôp", "ôt", //
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", //
            "u", "ua", "ui", "um", "un", "ung", "uc", "up", "ut", //
            "uôi", "uôm", "uôn", "uông", "uôc", "uôt", //
            "ư", "ưa", "ưi", "ưu", "ưng", "ưc", "ưt", "ưn", "ưm", //
            "ươi", "ươu", "ươm", "ươn", "ương", "ươc", "ươp", "ươt");

    /**
     * What may follow the medial glide /w/. It is written "o" before a, ă, e and "u" elsewhere; i becomes y
     * ("uy", "uyên"); after q the glide is the u of "qu".
     */
    private static final List<String> AFTER_GLIDE = List.of(
            "a", "ai", "ay", "am", "an", "ang", "anh", "ac", "ach", "ap", "at", //
            "ăm", "ăn", "ăng", "ăc", "ăt", //
            "ây", "ân", "âng", "ât", //
            "e", "eo", "en", "et", //
            "ê", "ênh", "êch", "ên", "êt", //
            "i", "ia", "iu", "in", "inh", "ich", "ip", "it", "iên", "iêt", //
            "ơ");

    /** Onsets that take the glide; labials (b, m, p, ph, v) and r do not. */
    private static final Set<String> GLIDE_ONSETS =
            Set.of("", "ch", "d", "đ", "g", "h", "kh", "l", "n", "ng", "nh", "s", "t", "th", "tr", "x");

    private static final List<String> ONSETS = List.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
            "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** Onsets written before e, ê, i and iê only; their twins c, g, ng take every other vowel. */
    private static final Set<String> FRONT_ONSETS = Set.of("k", "gh", "ngh");

    private static final Set<String> BACK_ONSETS = Set.of("c", "g", "ng");

    /** Onsets after which open "i" may also be written "y" (lý, mỹ, kỳ, tỷ, hy, sỹ, vy). */
    private static final Set<String> Y_ONSETS = Set.of("h", "k", "l", "m", "s", "t", "v");

    static final SyllableTable INSTANCE = generate();

    private final Set<String> syllables;
    private final Set<String> toneless;
    private final Map<String, List<String>> byFolded;

    private SyllableTable(Set<String> syllables) {
        this.syllables = Collections.unmodifiableSet(syllables);
        Set<String> bare = new HashSet<>();
        Map<String, List<String>> folded = new HashMap<>();
        for (String s : syllables) {
            bare.add(VietnameseText.stripTone(s));
            folded.computeIfAbsent(VietnameseText.fold(s), k -> new ArrayList<>(6))
                    .add(s);
        }
        this.toneless = Collections.unmodifiableSet(bare);
        folded.replaceAll((k, v) -> List.copyOf(v));
        this.byFolded = Collections.unmodifiableMap(folded);
    }

    static SyllableTable generate() {
        Set<String> out = new LinkedHashSet<>();
        for (String onset : ONSETS) {
            if (onset.equals("qu")) {
                for (String r : AFTER_GLIDE) {
                    addAllTones(out, "qu" + (r.startsWith("i") ? "y" + r.substring(1) : r));
                }
                // the older spelling qui survives in names and dictionaries; the rest are rhymes only q takes
                for (String r : List.of("qui", "quit", "quôc", "quao", "quau", "quăp", "quêu")) {
                    addAllTones(out, r);
                }
                continue;
            }
            for (String r : RHYMES) {
                if (fits(onset, r)) {
                    addAllTones(out, join(onset, r));
                }
            }
            if (GLIDE_ONSETS.contains(onset)) {
                for (String r : AFTER_GLIDE) {
                    addAllTones(out, onset + glide(r));
                }
            }
            if (Y_ONSETS.contains(onset)) {
                addAllTones(out, onset + "y");
            }
        }
        for (String r : List.of("y", "yêu", "yên", "yêm", "yêt", "yêng")) {
            addAllTones(out, r); // iê and open i are written y when nothing comes before them
        }
        for (String loan : List.of("buyt", "voan", "phuy")) {
            addAllTones(out, loan); // loans that break the glide rule but every reader knows: xe buýt
        }
        return new SyllableTable(out);
    }

    private static boolean fits(String onset, String rhyme) {
        char v = rhyme.charAt(0);
        boolean front = v == 'e' || v == 'ê' || v == 'i';
        if (FRONT_ONSETS.contains(onset)) {
            return front;
        }
        if (BACK_ONSETS.contains(onset)) {
            return !front;
        }
        if (onset.isEmpty()) {
            return !rhyme.startsWith("iê"); // written yê
        }
        return true;
    }

    private static String join(String onset, String rhyme) {
        if (onset.equals("gi") && rhyme.startsWith("i")) {
            return "g" + rhyme; // gi + in → gìn, gi + iêng → giếng
        }
        return onset + rhyme;
    }

    private static String glide(String r) {
        char v = r.charAt(0);
        if (v == 'a' || v == 'ă' || v == 'e') {
            return "o" + r;
        }
        return "u" + (v == 'i' ? "y" + r.substring(1) : r);
    }

    private static void addAllTones(Set<String> out, String toneless) {
        char last = toneless.charAt(toneless.length() - 1);
        boolean stop = last == 'p' || last == 't' || last == 'c' || toneless.endsWith("ch");
        for (Tone t : Tone.ALL) {
            if (!stop || t == Tone.ACUTE || t == Tone.DOT) {
                out.add(TonePlacement.place(toneless, t));
            }
        }
    }

    /** All syllables: lower-case, NFC, new-style tone placement. */
    Set<String> syllables() {
        return syllables;
    }

    /** A lower-case NFC syllable in canonical placement. */
    boolean contains(String syllable) {
        return syllables.contains(syllable);
    }

    /** Spelled correctly once the tone is ignored (vowel marks and đ count). */
    boolean containsToneless(String toneless) {
        return this.toneless.contains(toneless);
    }

    /** The marked forms a folded lower-case syllable may stand for; empty when it is no Vietnamese syllable. */
    List<String> candidates(String folded) {
        return byFolded.getOrDefault(folded, List.of());
    }

    boolean isFolded(String folded) {
        return byFolded.containsKey(folded);
    }
}
