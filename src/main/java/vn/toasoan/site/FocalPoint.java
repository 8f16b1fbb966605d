package vn.toasoan.site;

/**
 * A photo's focal point as classes ({@code fx-25 fy-16}) that site.css turns into {@code object-position}: the
 * reader pages' Content-Security-Policy allows no style attribute.
 */
public final class FocalPoint {

    private FocalPoint() {}

    /**
     * @param objectPosition {@code "25% 16%"}, or null for the centre
     * @return the classes, or null for the centre
     */
    public static String classes(String objectPosition) {
        if (objectPosition == null) {
            return null;
        }
        String[] parts = objectPosition.replace("%", "").trim().split("\\s+");
        return parts.length == 2 ? "fx-" + parts[0] + " fy-" + parts[1] : null;
    }
}
