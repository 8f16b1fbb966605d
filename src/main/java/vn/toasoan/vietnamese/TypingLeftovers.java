package vn.toasoan.vietnamese;

/**
 * Words typed with a Vietnamese keyboard method while the input method was off: Telex ("tieengs" → "tiếng",
 * "dduwowcj" → "được") and VNI ("tie61ng" → "tiếng", "d9u7o7ng2" → "đường").
 */
final class TypingLeftovers {

    /** What a decoded word tells about the writer. */
    enum Strength {
        /** Not a leftover. */
        NONE,
        /** Only a trailing tone key, as in "cos" or "laf": English words can look like that. */
        WEAK,
        /** A vowel or đ key, or VNI digits: no other language writes that. */
        STRONG
    }

    record Decoded(String syllable, Strength strength) {
        static final Decoded NONE = new Decoded(null, Strength.NONE);
    }

    private TypingLeftovers() {}

    /** Decodes a lower-case ASCII word; {@link Decoded#NONE} unless it spells a Vietnamese syllable. */
    static Decoded decode(String word) {
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c < 'a' || c > 'z') {
                return Decoded.NONE;
            }
        }
        return digits ? vni(word) : telex(word);
    }

    private static Decoded telex(String word) {
        int firstVowel = firstVowel(word);
        if (firstVowel < 0 || word.length() < 2) {
            return Decoded.NONE;
        }
        StringBuilder out = new StringBuilder(word.length());
        Tone tone = Tone.LEVEL;
        boolean toneKey = false;
        boolean shapeKey = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int last = out.length() - 1;
            Tone t = i > firstVowel ? telexTone(c) : null;
            boolean shapes = c == 'w'
                    || (last >= 0 && out.charAt(last) == c && (c == 'a' || c == 'e' || c == 'o'))
                    || (c == 'd' && last == 0 && out.charAt(0) == 'd');
            if ((t != null || shapes) && toneKey) {
                // a typist gives a syllable one tone key, after its letters' shape keys: "asan", "terse", "offset"
                // and "reset" are other words
                return Decoded.NONE;
            }
            if (t != null) {
                tone = t;
                toneKey = true;
            } else if (c == 'w') {
                if (!horn(out)) {
                    out.append('ư');
                }
                shapeKey = true;
            } else if (last >= 0 && out.charAt(last) == c && (c == 'a' || c == 'e' || c == 'o')) {
                out.setCharAt(last, c == 'a' ? 'â' : c == 'e' ? 'ê' : 'ô');
                shapeKey = true;
            } else if (c == 'd' && last == 0 && out.charAt(0) == 'd') {
                out.setCharAt(0, 'đ');
                shapeKey = true;
            } else {
                out.append(c);
            }
        }
        if (!toneKey && !shapeKey) {
            return Decoded.NONE;
        }
        String syllable = valid(out.toString(), tone);
        if (syllable == null) {
            return Decoded.NONE;
        }
        return new Decoded(syllable, shapeKey ? Strength.STRONG : Strength.WEAK);
    }

    private static Decoded vni(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return Decoded.NONE;
        }
        StringBuilder out = new StringBuilder(word.length());
        Tone tone = Tone.LEVEL;
        int letters = 0;
        boolean toneKey = false;
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // a VNI key acts on a vowel typed before it (only 9 acts on the d), and a syllable takes one tone key:
            // "v4e" and "pop25" are codes
            if (c >= '0' && c <= '8' && (!vowel || (c <= '5' && toneKey))) {
                return Decoded.NONE;
            }
            toneKey |= c <= '5' && c >= '0';
            vowel |= "aeiouy".indexOf(c) >= 0;
            switch (c) {
                case '1' -> tone = Tone.ACUTE;
                case '2' -> tone = Tone.GRAVE;
                case '3' -> tone = Tone.HOOK;
                case '4' -> tone = Tone.TILDE;
                case '5' -> tone = Tone.DOT;
                case '0' -> tone = Tone.LEVEL;
                case '6' -> {
                    if (!reshapeLast(out, "aeo", "âêô")) {
                        return Decoded.NONE;
                    }
                }
                case '7' -> {
                    if (!horn(out)) {
                        return Decoded.NONE;
                    }
                }
                case '8' -> {
                    if (!reshapeLast(out, "a", "ă")) {
                        return Decoded.NONE;
                    }
                }
                case '9' -> {
                    if (out.length() == 0 || out.charAt(0) != 'd') {
                        return Decoded.NONE;
                    }
                    out.setCharAt(0, 'đ');
                }
                default -> {
                    out.append(c);
                    letters++;
                }
            }
        }
        if (letters < 2) {
            return Decoded.NONE;
        }
        String syllable = valid(out.toString(), tone);
        return syllable == null ? Decoded.NONE : new Decoded(syllable, Strength.STRONG);
    }

    /** Telex w and VNI 7: uo → ươ, else the nearest u, o or a before it takes its horn or breve. */
    private static boolean horn(StringBuilder out) {
        int uo = out.indexOf("uo");
        if (uo >= 0) {
            out.replace(uo, uo + 2, "ươ");
            return true;
        }
        return reshapeLast(out, "uoa", "ươă");
    }

    private static boolean reshapeLast(StringBuilder out, String from, String to) {
        for (int i = out.length() - 1; i >= 0; i--) {
            int k = from.indexOf(out.charAt(i));
            if (k >= 0) {
                out.setCharAt(i, to.charAt(k));
                return true;
            }
        }
        return false;
    }

    private static String valid(String toneless, Tone tone) {
        if (!SyllableTable.INSTANCE.containsToneless(toneless)) {
            return null;
        }
        String placed = TonePlacement.place(toneless, tone);
        return SyllableTable.INSTANCE.contains(placed) ? placed : null;
    }

    private static Tone telexTone(char c) {
        return switch (c) {
            case 's' -> Tone.ACUTE;
            case 'f' -> Tone.GRAVE;
            case 'r' -> Tone.HOOK;
            case 'x' -> Tone.TILDE;
            case 'j' -> Tone.DOT;
            default -> null;
        };
    }

    private static int firstVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouyw".indexOf(word.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
