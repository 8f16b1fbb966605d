package vn.toasoan.contact;

import java.util.Map;
import vn.toasoan.site.Layout;

/**
 * The contact page: the masthead's details (from the layout) and the form.
 *
 * @param sent the letter was taken: "Cảm ơn bạn…"
 */
public record ContactView(Layout layout, Form form, boolean sent) {

    /**
     * What the form shows: empty, or what the reader typed when the letter was refused.
     *
     * @param message about the whole form, or null
     */
    public record Form(
            String name,
            String email,
            String phone,
            String subject,
            String message,
            String token,
            Map<String, String> errors,
            String formMessage) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public int maxMessage() {
            return ContactMessages.MAX_MESSAGE;
        }
    }
}
