package vn.toasoan.newsroom.staff;

import java.util.List;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Views;

/** The view models of the staff pages: the accounts, and one's own password. */
public final class StaffViews {

    private StaffViews() {}

    public record AccountRow(
            long id, String email, String name, String role, String roleLabel, boolean active, String lastLogin) {}

    public record AccountsView(NewsroomLayout layout, List<AccountRow> accounts, List<Views.Option> roles) {}

    /** @param mustChange the password was generated or reset and must be replaced now */
    public record PasswordView(NewsroomLayout layout, boolean mustChange) {}
}
