package vn.toasoan.newsroom.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.AccountException;
import vn.toasoan.accounts.AccountStatus;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.NewAccount;
import vn.toasoan.accounts.Role;
import vn.toasoan.accounts.ThrottledLogin;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;
import vn.toasoan.platform.VietnamTime;

/** Administrators open, change, disable and reset accounts; everyone changes their own password. */
@Controller
class AccountPages {

    private final Desk desk;
    private final Accounts accounts;

    AccountPages(Desk desk, Accounts accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    @GetMapping("/toa-soan/tai-khoan")
    @PreAuthorize("hasRole('ADMIN')")
    String list(HttpServletRequest request, Model model) {
        Text t = desk.text();
        var rows = accounts.all().stream()
                .map(a -> new StaffViews.AccountRow(
                        a.id(),
                        a.email(),
                        a.displayName(),
                        a.role().name(),
                        Desk.roleLabel(t, a.role()),
                        a.isActive(),
                        a.lastLoginAt() == null ? "—" : VietnamTime.shortDateTime(a.lastLoginAt())))
                .toList();
        var roles = Arrays.stream(Role.values())
                .map(r -> new Views.Option(r.name(), Desk.roleLabel(t, r), r == Role.REPORTER))
                .toList();
        model.addAttribute(
                "page",
                new StaffViews.AccountsView(
                        desk.layout(request, "nav.accounts", "/toa-soan/tai-khoan"),
                        rows,
                        roles,
                        throttled(accounts.throttledAccounts()),
                        throttled(accounts.throttledAddresses())));
        return "newsroom/staff/accounts";
    }

    private static List<StaffViews.ThrottleRow> throttled(List<ThrottledLogin> logins) {
        return logins.stream()
                .map(l -> new StaffViews.ThrottleRow(
                        l.who(), l.failures(), l.spread(), VietnamTime.shortDateTime(l.until())))
                .toList();
    }

    @PostMapping("/toa-soan/tai-khoan")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @RequestParam String email,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        try {
            var created = accounts.create(desk.account().email(), new NewAccount(email, displayName, role, password));
            Text t = desk.text();
            redirect.addFlashAttribute(
                    "notice",
                    created.temporaryPassword() == null
                            ? t.format("accounts.created", created.account().email())
                            : t.format(
                                    "accounts.createdWithPassword",
                                    created.account().email(),
                                    created.temporaryPassword()));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/tai-khoan";
    }

    @PostMapping("/toa-soan/tai-khoan/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable long id,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam AccountStatus status,
            RedirectAttributes redirect) {
        try {
            Account after = accounts.update(desk.account().email(), id, displayName, role, status);
            redirect.addFlashAttribute("notice", desk.text().format("accounts.updated", after.email()));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/tai-khoan";
    }

    @PostMapping("/toa-soan/tai-khoan/{id}/dat-lai-mat-khau")
    @PreAuthorize("hasRole('ADMIN')")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String password = accounts.resetPassword(desk.account().email(), id);
            String email = accounts.byId(id).map(Account::email).orElse("");
            redirect.addFlashAttribute("notice", desk.text().format("accounts.resetDone", email, password));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/tai-khoan";
    }

    @GetMapping("/toa-soan/mat-khau")
    String passwordForm(HttpServletRequest request, Model model) {
        Account account = desk.account();
        model.addAttribute(
                "page",
                new StaffViews.PasswordView(
                        desk.layout(request, "nav.password", "/toa-soan/mat-khau"),
                        account.passwordState() == vn.toasoan.accounts.PasswordState.TEMPORARY));
        return "newsroom/staff/password";
    }

    @PostMapping("/toa-soan/mat-khau")
    String changePassword(
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String confirm,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Text t = desk.text();
        if (!password.equals(confirm)) {
            redirect.addFlashAttribute("error", t.lookup("password.mismatch"));
            return "redirect:/toa-soan/mat-khau";
        }
        try {
            accounts.changeOwnPassword(desk.account().email(), current, password);
            accounts.keepSession(request);
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
            return "redirect:/toa-soan/mat-khau";
        }
        redirect.addFlashAttribute("notice", t.lookup("password.changed"));
        return "redirect:/toa-soan";
    }
}
