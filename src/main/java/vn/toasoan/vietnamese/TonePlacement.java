package vn.toasoan.vietnamese;

/**
 * Where the tone mark goes in a written syllable. We follow the new style ("kiểu mới", the placement of the
 * Ministry of Education's 2018 spelling rules and of the hunspell-vi word list): the mark sits on the main vowel,
 * so "hoà", "thuỷ", "uỷ", "khoẻ", not the old "hòa", "thủy", "ủy", "khỏe".
 */
final class TonePlacement {

    private static final String MARKED_VOWELS = "ăâêôơư";

    private TonePlacement() {}

    /** The index of the vowel that carries the tone in a lower-case toneless syllable, or -1 without a vowel. */
    static int toneIndex(CharSequence s) {
        int n = s.length();
        int start = 0;
        if (n > 2 && s.charAt(0) == 'q' && s.charAt(1) == 'u') {
            start = 2;
        } else if (n > 2 && s.charAt(0) == 'g' && s.charAt(1) == 'i' && Letters.isVowel(s.charAt(2))) {
            start = 2;
        }
        int vs = start;
        while (vs < n && !Letters.isVowel(s.charAt(vs))) {
            vs++;
        }
        if (vs == n) {
            return -1;
        }
        int ve = vs;
        while (ve < n && Letters.isVowel(s.charAt(ve))) {
            ve++;
        }
        int len = ve - vs;
        int marked = -1;
        for (int i = vs; i < ve; i++) {
            if (MARKED_VOWELS.indexOf(s.charAt(i)) >= 0) {
                marked = i; // the last one wins: ươ takes the mark on ơ
            }
        }
        if (marked >= 0) {
            return marked;
        }
        if (len == 1) {
            return vs;
        }
        if (ve < n) {
            return ve - 1; // oan, uyn, oong: a final consonant puts the mark on the last vowel
        }
        if (len == 3) {
            return vs + 1; // oai, oay, uya, uyu, oeo
        }
        String pair = s.subSequence(vs, ve).toString();
        if (pair.equals("oa") || pair.equals("oe") || pair.equals("uy")) {
            return vs + 1; // new style: hoà, khoẻ, thuỷ
        }
        return vs; // ai, ao, au, ay, eo, ia, iu, oi, ua, ui
    }

    /** The lower-case toneless syllable with the tone placed; unchanged when it has no vowel. */
    static String place(String toneless, Tone tone) {
        if (tone == Tone.LEVEL) {
            return toneless;
        }
        int i = toneIndex(toneless);
        if (i < 0) {
            return toneless;
        }
        char[] chars = toneless.toCharArray();
        chars[i] = Letters.withTone(chars[i], tone);
        return new String(chars);
    }
}
