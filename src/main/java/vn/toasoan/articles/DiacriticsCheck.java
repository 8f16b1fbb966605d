package vn.toasoan.articles;

/**
 * Tells Vietnamese typed without diacritics ("Hom qua tai hoi nghi") from Vietnamese with them, English, names and
 * numbers. A bean of this type, when present, replaces the built-in {@link PlainSyllables} heuristic, so that the
 * {@code vietnamese} package's detector can be wired in without the checks changing.
 */
@FunctionalInterface
public interface DiacriticsCheck {

    boolean isMissingDiacritics(String text);
}
