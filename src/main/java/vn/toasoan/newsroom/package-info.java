/**
 * The newsroom under {@code /toa-soan/}: the shell (layout, login, dashboard, settings, audit log, error pages and the
 * views its rooms share) and one room per thing it edits: {@code newsroom.articles}, {@code newsroom.comments},
 * {@code newsroom.staff}, {@code newsroom.sections}, {@code newsroom.frontpage} (the lead and featured stories of the home
 * and section pages), {@code newsroom.notifications}. Rooms use the shell, never the other way round; they hold pages
 * only, the rules stay in the features they call.
 *
 * <p>Depends on the features it edits ({@code accounts}, {@code articles}, {@code sections}, {@code comments},
 * {@code frontpage}, {@code masthead}, {@code contact} (readers' letters), with {@code media} for photos and
 * {@code attachments} for readers' files), {@code notifications} (each account's own, in
 * {@code newsroom.notifications}), {@code platform} and {@code vietnamese}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "articles",
            "attachments",
            "comments",
            "contact",
            "frontpage",
            "masthead",
            "media",
            "notifications",
            "platform",
            "sections",
            "vietnamese"
        })
package vn.toasoan.newsroom;
