package vn.toasoan.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.toasoan.vietnamese.Syllables;

/** The reject and hold lists, applied on whole syllables. */
final class WordLists {

    /** The rules a text triggered. */
    record Hits(List<String> rejected, List<String> held) {
        boolean rejects() {
            return !rejected.isEmpty();
        }

        boolean holds() {
            return !held.isEmpty();
        }
    }

    private record Compiled(WordRule rule, List<String> syllables) {}

    private final List<Compiled> rules;

    WordLists(List<WordRule> rules) {
        this.rules = rules.stream()
                .map(r -> new Compiled(r, r.syllables()))
                .filter(c -> !c.syllables().isEmpty())
                .toList();
    }

    Hits check(String text) {
        List<String> exact = Syllables.exact(text);
        List<String> folded = Syllables.folded(text);
        List<String> rejected = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (Compiled c : rules) {
            List<String> words = c.rule().match() == WordRule.Match.EXACT ? exact : folded;
            if (Syllables.containsSequence(words, c.syllables())) {
                (c.rule().action() == WordRule.Action.REJECT ? rejected : held)
                        .add(c.rule().phrase());
            }
        }
        return new Hits(List.copyOf(rejected), List.copyOf(held));
    }

    Optional<String> firstRejected(String text) {
        return check(text).rejected().stream().findFirst();
    }
}
