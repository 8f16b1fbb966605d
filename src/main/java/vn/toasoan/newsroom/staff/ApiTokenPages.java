package vn.toasoan.newsroom.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.AccountException;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.ApiScope;
import vn.toasoan.accounts.ApiToken;
import vn.toasoan.accounts.ApiTokens;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;
import vn.toasoan.platform.VietnamTime;

/**
 * Each account's personal API tokens: made here, shown once, revoked here; administrators see and revoke everyone's.
 * Administrators also see the logins refusing unknown clients after failed attempts, and lift them.
 */
@Controller
class ApiTokenPages {

    static final String PATH = "/toa-soan/ma-api";
    /** The lifetimes offered, in days; 0 for a token that does not expire. */
    private static final List<Integer> LIFETIMES = List.of(30, 90, 365, 0);

    private final Desk desk;
    private final ApiTokens tokens;
    private final Accounts accounts;

    ApiTokenPages(Desk desk, ApiTokens tokens, Accounts accounts) {
        this.desk = desk;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, Model model) {
        Account me = desk.account();
        Text t = desk.text();
        boolean admin = me.role() == Role.ADMIN;
        List<StaffViews.TokenRow> rows = (admin ? tokens.all() : tokens.of(me))
                .stream().map(token -> row(token, t)).toList();
        var scopes = List.of(ApiScope.values()).stream()
                .map(s -> new StaffViews.ScopeOption(s.value(), t.lookup("tokens.scope." + s.name())))
                .toList();
        var lifetimes = LIFETIMES.stream()
                .map(days -> new StaffViews.ScopeOption(
                        String.valueOf(days),
                        days == 0 ? t.lookup("tokens.never") : t.format("tokens.days", String.valueOf(days))))
                .toList();
        model.addAttribute(
                "page",
                new StaffViews.TokensView(
                        desk.layout(request, "nav.tokens", PATH), secret(request), rows, scopes, lifetimes, admin));
        return "newsroom/staff/tokens";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam String name,
            @RequestParam(required = false) List<String> scope,
            @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
        Text t = desk.text();
        try {
            Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
            for (String s : scope == null ? List.<String>of() : scope) {
                scopes.add(ApiScope.of(s));
            }
            if (!LIFETIMES.contains(days)) {
                days = 90;
            }
            var created = tokens.create(desk.account(), name, scopes, days == 0 ? null : Duration.ofDays(days));
            redirect.addFlashAttribute(
                    "notice", t.format("tokens.created", created.token().name()));
            redirect.addFlashAttribute("secret", created.secret());
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", t.lookup(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", t.lookup("tokens.badScope"));
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/thu-hoi")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ApiToken token = tokens.revoke(desk.account(), id);
            redirect.addFlashAttribute("notice", desk.text().format("tokens.revoked", token.name()));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:" + PATH;
    }

    @PostMapping("/toa-soan/tai-khoan/gioi-han")
    @PreAuthorize("hasRole('ADMIN')")
    String liftAccount(@RequestParam String email, RedirectAttributes redirect) {
        accounts.liftThrottle(desk.account().email(), email);
        redirect.addFlashAttribute("notice", desk.text().format("throttle.lifted", email));
        return "redirect:/toa-soan/tai-khoan#gioi-han";
    }

    @PostMapping("/toa-soan/tai-khoan/gioi-han-dia-chi")
    @PreAuthorize("hasRole('ADMIN')")
    String liftAddress(@RequestParam String address, RedirectAttributes redirect) {
        accounts.liftAddressThrottle(desk.account().email(), address);
        redirect.addFlashAttribute("notice", desk.text().format("throttle.lifted", address));
        return "redirect:/toa-soan/tai-khoan#gioi-han";
    }

    private static String secret(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        return flash == null ? null : (String) flash.get("secret");
    }

    private static StaffViews.TokenRow row(ApiToken token, Text t) {
        String state;
        if (token.revokedAt() != null) {
            state = t.format("tokens.state.revoked", VietnamTime.shortDateTime(token.revokedAt()));
        } else if (!token.usable(java.time.Instant.now())) {
            state = t.lookup("tokens.state.expired");
        } else {
            state = t.lookup("tokens.state.active");
        }
        return new StaffViews.TokenRow(
                token.id(),
                token.accountEmail(),
                token.name(),
                token.scopes().stream()
                        .sorted()
                        .map(s -> t.lookup("tokens.scope." + s.name()))
                        .toList(),
                VietnamTime.shortDateTime(token.createdAt()),
                token.expiresAt() == null ? t.lookup("tokens.never") : VietnamTime.shortDateTime(token.expiresAt()),
                token.lastUsedAt() == null ? "—" : VietnamTime.shortDateTime(token.lastUsedAt()),
                state,
                token.revokedAt() == null);
    }
}
