package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence the detector gathers over a text, word by word, and its verdict. A new one for each text.
 */
final class Evidence {

    static final double NAME_FACTOR = 0.5;
    static final double MARK_CREDIT = 1.0;
    static final double THRESHOLD = 4.0;
    static final int MIN_SUSPECTS = 3;
    static final double ENGLISH_SHARE = 0.5;
    static final double COST_STRONG_LEFTOVER = 8.0;

    double costAll;
    double costNotEnglish;
    int suspectsAll;
    int suspectsNotEnglish;
    int marked;
    int strongLeftovers;
    int strongLeftoversLowerCase;
    int englishLike;
    double costAsNames;
    boolean titleCase = true;
    int foreignNotVietnamese;
    int words;

    /** Bare syllables, weighed at the verdict, once every marked word of the text is known. */
    private final List<Suspect> bare = new ArrayList<>();
    /** The words of the stretches that hold a marked word, with their marks taken off. */
    private final Set<String> markedFolded = new HashSet<>();
    /** The stretches of the text between punctuation marks that hold a marked word. */
    private final Set<Integer> markedStretches = new HashSet<>();

    private int stretch;

    private record Suspect(String word, int stretch, double cost, boolean english, boolean name) {}

    /** Punctuation between words ends a stretch: a clause, an item of a list. */
    void punctuation() {
        stretch++;
    }

    /** A bare syllable that Vietnamese spells this way too, {@code word} in lower case. */
    void bareSyllable(String word, double cost, boolean englishWord, boolean name) {
        bare.add(new Suspect(word, stretch, cost, englishWord, name));
    }

    void suspect(double cost, boolean englishWord, boolean name) {
        words++;
        double c = name ? cost * NAME_FACTOR : cost;
        costAll += c;
        costAsNames += cost * NAME_FACTOR;
        suspectsAll++;
        if (englishWord) {
            englishLike++;
        } else if (!name) {
            costNotEnglish += c;
            suspectsNotEnglish++;
        }
    }

    void foreign() {
        words++;
        foreignNotVietnamese++;
        englishLike++;
    }

    /** A marked syllable, {@code word} in lower case. */
    void marked(String word) {
        words++;
        marked++;
        markedFolded.add(VietnameseText.fold(word));
        markedStretches.add(stretch);
    }

    void strongLeftover(boolean name) {
        words++;
        strongLeftovers++;
        if (!name) {
            strongLeftoversLowerCase++;
        }
    }

    DiacriticsDetector.Assessment verdict() {
        // A bare copy of words the text also marks ("khởi động lại, khoi dong lai" in a list of search words) is
        // typed bare on purpose by a writer whose keyboard marks: evidence of neither. Only a whole stretch of
        // bare copies counts; a bare word among marked ones is a slip, even when the text marks it elsewhere.
        for (Suspect s : bare) {
            if (markedStretches.contains(s.stretch())) {
                markedFolded.add(s.word()); // "xe" of "xe buýt" is copied too in "xe buyt"
            }
        }
        Set<Integer> notCopies = new HashSet<>(markedStretches);
        for (Suspect s : bare) {
            if (!markedFolded.contains(s.word())) {
                notCopies.add(s.stretch());
            }
        }
        for (Suspect s : bare) {
            if (notCopies.contains(s.stretch())) {
                suspect(s.cost(), s.english(), s.name());
            }
        }
        // English around: its words count as English, not as Vietnamese without marks. Either every word is
        // English, or words Vietnamese cannot spell are among them ("bank", "this") and half are English-like.
        boolean allEnglishWords = words >= 2 && marked == 0 && englishLike == words;
        boolean englishText = allEnglishWords || (foreignNotVietnamese > 0 && englishLike >= ENGLISH_SHARE * words);
        // A short run of capitalised words is a name: "Nguyen Van An".
        boolean names = titleCase && marked == 0 && words <= 4;
        double cost = englishText ? costNotEnglish : names ? costAsNames : costAll;
        int suspects = englishText ? suspectsNotEnglish : suspectsAll;
        // A capitalised leftover among marked words is a name or a brand ("Peer", "Trang1", "Wi-Fi"), not a
        // keyboard without its input method: the writer marked the words around it.
        int leftovers = englishText || marked >= 2 ? strongLeftoversLowerCase : strongLeftovers;
        double score = cost + COST_STRONG_LEFTOVER * leftovers - MARK_CREDIT * marked;
        // A Telex or VNI leftover is proof of a keyboard without its input method, unless one slip sits in a
        // long text that is otherwise marked: the editors correct that one word.
        boolean leftoversTell = leftovers > 0 && score > 0 && (!englishText || leftovers > 1);
        boolean missing = leftoversTell || (score >= THRESHOLD && suspects >= MIN_SUSPECTS);
        return new DiacriticsDetector.Assessment(missing, score, suspects, marked, leftovers, englishText);
    }
}
