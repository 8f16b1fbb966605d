package vn.toasoan.newsroom;

import java.util.Map;
import vn.toasoan.masthead.Masthead;
import vn.toasoan.masthead.MastheadInput;

/** The page: the fields as saved or as just typed, with what is wrong with them. */
public record MastheadSettingsView(
        NewsroomLayout layout, MastheadInput fields, Map<String, String> errors, Masthead masthead) {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }
}
