package vn.toasoan.newsroom.contact;

import java.util.List;
import vn.toasoan.newsroom.NewsroomLayout;

/** The inbox of readers' letters. */
public record ContactInboxView(
        NewsroomLayout layout,
        boolean showingHandled,
        List<Letter> letters,
        long total,
        int page,
        int pages,
        String previousUrl,
        String nextUrl) {

    /** A letter as the inbox shows it. */
    public record Letter(
            long id,
            String name,
            String email,
            String phone,
            String subject,
            String message,
            List<String> flags,
            String received,
            String receivedIso,
            boolean handled,
            String handledBy,
            String handledAt) {}
}
