package vn.toasoan.newsroom;

import vn.toasoan.accounts.AccountException;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.NewAccount;
import vn.toasoan.accounts.Role;

/** Real newsroom accounts for the tests, made through the accounts feature as an admin would. */
public final class NewsroomAccounts {

    public static final String PASSWORD = "mật-khẩu-thử-123";
    public static final String EDITOR = "bientap@toasoan.vn";
    public static final String ADMIN = "quantri@toasoan.vn";
    public static final String REPORTER = "phongvien@toasoan.vn";

    private NewsroomAccounts() {}

    public static void ensure(Accounts accounts) {
        create(accounts, EDITOR, "Biên tập viên Thử", Role.EDITOR);
        create(accounts, ADMIN, "Quản trị Thử", Role.ADMIN);
        create(accounts, REPORTER, "Phóng viên Thử", Role.REPORTER);
    }

    private static void create(Accounts accounts, String email, String name, Role role) {
        if (accounts.byEmail(email).isEmpty()) {
            try {
                accounts.create("system", new NewAccount(email, name, role, PASSWORD));
            } catch (AccountException e) {
                // made by another test class sharing this application
            }
        }
    }
}
