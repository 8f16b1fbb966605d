package vn.toasoan.newsroom.staff;

import java.util.List;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Views;

/** The view models of the staff pages: the accounts, and one's own password. */
public final class StaffViews {

    private StaffViews() {}

    public record AccountRow(
            long id, String email, String name, String role, String roleLabel, boolean active, String lastLogin) {}

    public record AccountsView(
            NewsroomLayout layout,
            List<AccountRow> accounts,
            List<Views.Option> roles,
            List<ThrottleRow> throttledAccounts,
            List<ThrottleRow> throttledAddresses) {}

    /** A login refusing unknown clients: an account or an address, and until when. */
    public record ThrottleRow(String who, int failures, int spread, String until) {}

    /** @param revocable not revoked yet */
    public record TokenRow(
            long id,
            String owner,
            String name,
            List<String> scopes,
            String created,
            String expires,
            String lastUsed,
            String state,
            boolean revocable) {}

    public record ScopeOption(String value, String label) {}

    /**
     * @param secret the token just made, shown this once; null otherwise
     * @param everyone an administrator's view: every account's tokens, with their owners
     */
    public record TokensView(
            NewsroomLayout layout,
            String secret,
            List<TokenRow> tokens,
            List<ScopeOption> scopes,
            List<ScopeOption> lifetimes,
            boolean everyone) {}

    /** @param mustChange the password was generated or reset and must be replaced now */
    public record PasswordView(NewsroomLayout layout, boolean mustChange) {}
}
