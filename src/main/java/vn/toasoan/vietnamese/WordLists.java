package vn.toasoan.vietnamese;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The word lists the detector ships with, read once from the class path. */
final class WordLists {

    /** How often a writer who marks everything still leaves a syllable bare. */
    enum Bareness {
        COMMON,
        SOMETIMES,
        RARE
    }

    static final Set<String> ENGLISH = Set.copyOf(words("english-words.txt").keySet());

    static final Map<String, Bareness> BARE = bare();

    private WordLists() {}

    /** An English word, or a regular inflection of one ("cats", "goes", "walked", "seeing"). */
    static boolean isEnglish(String lower) {
        if (ENGLISH.contains(lower)) {
            return true;
        }
        int n = lower.length();
        return (n > 2 && lower.endsWith("s") && ENGLISH.contains(lower.substring(0, n - 1)))
                || (n > 3 && lower.endsWith("es") && ENGLISH.contains(lower.substring(0, n - 2)))
                || (n > 3 && lower.endsWith("ed") && ENGLISH.contains(lower.substring(0, n - 2)))
                || (n > 4 && lower.endsWith("ing") && ENGLISH.contains(lower.substring(0, n - 3)));
    }

    static Bareness bareness(String lower) {
        return BARE.getOrDefault(lower, Bareness.RARE);
    }

    private static Map<String, Bareness> bare() {
        Map<String, Bareness> out = new HashMap<>();
        words("plain-syllables.txt").forEach((word, section) -> {
            if (SyllableTable.INSTANCE.contains(word)) {
                out.put(word, section.equals("common") ? Bareness.COMMON : Bareness.SOMETIMES);
            }
        });
        return Map.copyOf(out);
    }

    /** Words of a list, each with the [section] it sits in. */
    private static Map<String, String> words(String name) {
        Map<String, String> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = WordLists.class.getResourceAsStream("/vietnamese/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource vietnamese/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                for (String w : line.split("\\s+")) {
                    if (seen.add(w)) {
                        out.put(w, section);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
