package vn.toasoan.masthead;

import java.util.ArrayList;
import java.util.List;

/**
 * What the paper says of itself on every page. A blank field has not been filled in yet: the site says so rather than
 * invent it.
 *
 * @param deputies the deputy editors-in-chief, as the administrator wrote them (names separated by commas)
 * @param logo the uploaded logo, or null: the masthead then shows the name in type
 * @param iconVersion changes whenever the site icon does, for the icons' addresses; 0 for the default icon
 */
public record Masthead(
        String siteName,
        String description,
        String governingBody,
        String licence,
        String editorInChief,
        String deputies,
        String address,
        String phone,
        String email,
        String hotline,
        String advertising,
        Logo logo,
        long iconVersion) {

    /** The logo's address (with its version) and size in pixels. */
    public record Logo(String url, int width, int height) {}

    /**
     * The fields a licensed electronic paper must show in its footer that are still blank, by their JSON names: the
     * footer then tells the administrator what to fill in.
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, "governingBody", governingBody);
        check(missing, "licence", licence);
        check(missing, "editorInChief", editorInChief);
        check(missing, "address", address);
        check(missing, "phone", phone);
        check(missing, "email", email);
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    public String iconQuery() {
        return "?v=" + iconVersion;
    }

    private static void check(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
