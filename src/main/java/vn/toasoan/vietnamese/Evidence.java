package vn.toasoan.vietnamese;

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

    void marked() {
        words++;
        marked++;
    }

    void strongLeftover(boolean name) {
        words++;
        strongLeftovers++;
        if (!name) {
            strongLeftoversLowerCase++;
        }
    }

    DiacriticsDetector.Assessment verdict() {
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
