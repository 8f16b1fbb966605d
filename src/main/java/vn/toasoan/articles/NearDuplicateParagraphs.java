package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Finds paragraphs that repeat an earlier one with only small differences, such as the sample page's paragraphs 7 and
 * 10, which differ by a single space. Pasting a paragraph twice is a common slip that a reader notices at once.
 */
final class NearDuplicateParagraphs {

    /** Word-trigram overlap above which two paragraphs say the same thing. */
    private static final double SIMILARITY = 0.6;

    private static final int MIN_LENGTH = 40;

    private NearDuplicateParagraphs() {}

    /** Pairs of 0-based indexes, the earlier paragraph first. */
    static List<int[]> find(List<String> paragraphs) {
        List<String> compact = new ArrayList<>();
        List<Set<String>> shingles = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String normal = VietnameseText.nfc(paragraph).toLowerCase(Locale.ROOT);
            compact.add(normal.replaceAll("[\\s\\p{Z}]+", ""));
            shingles.add(shingles(normal));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int later = 1; later < paragraphs.size(); later++) {
            if (compact.get(later).length() < MIN_LENGTH) {
                continue;
            }
            for (int earlier = 0; earlier < later; earlier++) {
                if (compact.get(earlier).equals(compact.get(later))
                        || jaccard(shingles.get(earlier), shingles.get(later)) >= SIMILARITY) {
                    pairs.add(new int[] {earlier, later});
                    break;
                }
            }
        }
        return pairs;
    }

    private static Set<String> shingles(String text) {
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            result.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return result;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
