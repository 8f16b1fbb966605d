package vn.toasoan.comments;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * A first detector of Vietnamese typed without marks, from spelling rules alone. A sentence counts as unmarked
 * Vietnamese when none of its words carry a mark, at least three are well-formed Vietnamese syllables, and some of
 * those can never be right without a mark: a syllable ending in -p, -t, -c or -ch takes the sắc or nặng tone, and
 * the vowels iê, yê, uô/ươ, ưu, êu, uâ are always marked; a few very common words are almost never unmarked either.
 * Common English words and capitalised names inside a sentence are left out, so English and names pass.
 */
@Component
class UnmarkedVietnamese implements DiacriticsCheck {

    private static final Pattern NOISE =
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+|@\\w+|#\\w+|\\d+(?:[.,:/-]\\d+)*");
    private static final Pattern SENTENCES = Pattern.compile("[.!?;:\\n\\r…]+");
    private static final List<String> ONSETS = List.of(
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "g", "h", "k", "l", "m",
            "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> RHYMES = Set.of(
            "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach", "e", "eo", "em", "en",
            "eng", "enh", "ep", "et", "ec", "ech", "eu", "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich", "ieu",
            "iem", "ien", "ieng", "iep", "iet", "o", "oi", "om", "on", "ong", "oong", "op", "ot", "oc", "ooc", "oa",
            "oai", "oao", "oay", "oan", "oang", "oanh", "oam", "oap", "oat", "oac", "oach", "oe", "oeo", "oem", "oen",
            "oet", "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc", "uu", "uoi", "uou", "uom", "uon", "uong",
            "uop", "uot", "uoc", "uo", "ue", "uen", "uenh", "uet", "uy", "uya", "uyu", "uyen", "uynh", "uych", "uyet",
            "uyt", "uan", "uang", "uat", "uay", "y", "yen", "yem", "yeu", "yet");
    /** Folded forms of very common words whose right spelling carries a mark. */
    private static final Set<String> USUALLY_MARKED = Set.of(
            "khong", "duoc", "nguoi", "nhung", "cua", "toi", "voi", "nay", "den", "cung", "nhieu", "dang", "lam", "mot",
            "cac", "la", "va", "co", "da", "se", "de", "nhu", "ve", "tren", "duoi", "neu", "vi", "bi", "rat", "roi",
            "minh", "chung", "nuoc", "viec", "dan", "biet", "muon", "noi", "gi", "nhe", "qua", "ai", "oi", "a", "u",
            "o", "ma", "dung", "sai", "phai", "nen", "bao", "gio", "nao", "vay", "thay", "nhin", "hoi", "tra", "loi",
            "tien", "nha", "chi", "cho", "khi", "sau", "truoc", "ngay", "hom", "tot", "xau");
    /** English words that are also well-formed Vietnamese syllables, and others common enough to tell English. */
    private static final Set<String> ENGLISH = Set.copyOf(List.of(
            "a", "an", "the", "to", "in", "on", "at", "it", "is", "be", "by", "do", "go", "so", "no", "me", "my", "we",
            "he", "she", "us", "up", "of", "or", "and", "but", "not", "can", "man", "ban", "that", "this", "then",
            "than", "them", "they", "there", "what", "who", "how", "why", "when", "with", "from", "for", "you", "your",
            "our", "his", "her", "hot", "cat", "hat", "sit", "bit", "lot", "top", "shop", "chip", "thin", "thing",
            "ring", "sing", "king", "long", "song", "hi", "tin", "pin", "kim", "tom", "sam", "ben", "ten", "men", "hen",
            "pen", "mac", "pac", "get", "got", "let", "set", "net", "bet", "met", "yet", "put", "cut", "but", "nut",
            "hut", "gut", "sap", "map", "cap", "tap", "tip", "lip", "hip", "dip", "cop", "mop", "pop", "cup", "pup",
            "hang", "bang", "gang", "sang", "ran", "can", "van", "tan", "pan", "fan", "ok", "okay", "yes", "thanks",
            "thank", "good", "great", "nice", "very", "news", "page", "link", "like", "love", "all", "are", "was",
            "were", "has", "have", "had", "will", "would", "should", "could", "about", "just", "only", "also", "more",
            "most", "some", "any", "new", "one", "two", "out", "now", "time", "people", "make", "see", "know", "think",
            "take", "come", "want", "use", "say", "said", "its", "their", "which", "been", "if", "as", "am", "oh", "ha",
            "mom", "dad", "hello", "bye"));

    @Override
    public boolean isMissingDiacritics(String text) {
        Tally tally = tally(text);
        return tally.unmarkedViet >= 3 && tally.unmarkedViet * 10 >= (tally.unmarkedViet + tally.markedViet) * 3;
    }

    @Override
    public boolean isPartlyUnmarked(String text) {
        return tally(text).unmarkedViet > 0;
    }

    private record Tally(int unmarkedViet, int markedViet) {}

    private static Tally tally(String text) {
        String cleaned = NOISE.matcher(VietnameseText.nfc(text)).replaceAll(" ");
        int unmarked = 0;
        int marked = 0;
        for (String sentence : SENTENCES.split(cleaned)) {
            List<String> words = Syllables.split(sentence);
            int viet = 0;
            int strong = 0;
            int markedHere = 0;
            int others = 0;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (!word.chars().allMatch(Character::isLetter) && !hasMark(word)) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (hasMark(word)) {
                    markedHere++;
                } else if (i > 0 && Character.isUpperCase(word.codePointAt(0))) {
                    // a name in the middle of a sentence
                } else if (ENGLISH.contains(lower)) {
                    others++;
                } else if (isSyllable(lower)) {
                    viet++;
                    if (USUALLY_MARKED.contains(lower) || needsMark(lower)) {
                        strong++;
                    }
                } else {
                    others++;
                }
            }
            if (markedHere == 0 && viet >= 3 && strong >= 1 && viet >= others * 2) {
                unmarked += viet;
            } else {
                marked += markedHere;
            }
        }
        return new Tally(unmarked, marked);
    }

    private static boolean hasMark(String word) {
        return !VietnameseText.fold(word).equals(word);
    }

    static boolean isSyllable(String folded) {
        for (String onset : ONSETS) {
            if (folded.startsWith(onset) && RHYMES.contains(folded.substring(onset.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Spelled so that no correct Vietnamese leaves it without a mark. */
    static boolean needsMark(String folded) {
        for (String onset : ONSETS) {
            if (!folded.startsWith(onset)) {
                continue;
            }
            String rhyme = folded.substring(onset.length());
            if (!RHYMES.contains(rhyme)) {
                continue;
            }
            boolean checked = rhyme.endsWith("p") || rhyme.endsWith("t") || rhyme.endsWith("c") || rhyme.endsWith("ch");
            boolean markedVowel = rhyme.contains("ie")
                    || rhyme.contains("ye")
                    || rhyme.contains("uo")
                    || rhyme.equals("uu")
                    || rhyme.equals("eu")
                    || (!onset.equals("qu")
                            && (rhyme.startsWith("ua") && rhyme.length() > 2 || rhyme.startsWith("ue")));
            return checked || markedVowel;
        }
        return false;
    }
}
