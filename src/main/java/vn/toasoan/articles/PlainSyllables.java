package vn.toasoan.articles;

import java.util.Locale;
import java.util.Set;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * A first, cautious rule for text typed without diacritics: a paragraph whose words carry no Vietnamese mark at all
 * while many of them are common Vietnamese syllables written bare ("va", "cua", "nguoi", "duoc"). English, names and
 * numbers have too few such words to trip it.
 */
final class PlainSyllables implements DiacriticsCheck {

    /** Syllables that are among the most frequent in Vietnamese and that English almost never uses. */
    private static final Set<String> COMMON_BARE = Set.of(
            "cua", "va", "cac", "nhung", "duoc", "trong", "nguoi", "cho", "voi", "khong", "mot", "nay", "den", "tai",
            "theo", "nhu", "cung", "nam", "ngay", "da", "se", "dang", "tu", "ve", "tren", "sau", "khi", "con", "nhieu",
            "lam", "thanh", "tinh", "huyen", "xa", "dan", "nuoc", "hoi", "viec", "phai", "de", "co", "ra", "vao",
            "nhat", "hien", "chinh", "phat", "trien", "dong", "thuc", "hanh", "gia", "dinh", "moi", "quan", "ly");

    private static final int MIN_WORDS = 8;

    @Override
    public boolean isMissingDiacritics(String text) {
        String[] words = VietnameseText.nfc(text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int letters = 0;
        int marked = 0;
        int bareCommon = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            letters++;
            if (!VietnameseText.fold(word).equals(word)) {
                marked++;
            } else if (COMMON_BARE.contains(word)) {
                bareCommon++;
            }
        }
        return letters >= MIN_WORDS && marked * 20 < letters && bareCommon * 4 >= letters;
    }
}
