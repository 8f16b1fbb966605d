package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.Role;

/**
 * Builds the frame of every newsroom page for the account behind the request: the shell's own pages and those of its
 * rooms ({@code newsroom.articles}, {@code newsroom.comments}, …) alike.
 */
@Component
public class Desk {

    private final Accounts accounts;
    private final MessageSource messages;
    private final String siteName;
    private final org.springframework.beans.factory.ObjectProvider<DashboardPanel> panels;

    Desk(
            Accounts accounts,
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${toasoan.site.name:Tòa Soạn}") String siteName,
            org.springframework.beans.factory.ObjectProvider<DashboardPanel> panels) {
        this.accounts = accounts;
        this.messages = messages;
        this.siteName = siteName;
        this.panels = panels;
    }

    /**
     * The newsroom's frame for the account logged in now, with a title already in words rather than a message key.
     *
     * @param activeUrl the navigation entry to mark as the current one
     */
    public NewsroomLayout frame(HttpServletRequest request, String title, String activeUrl) {
        return layout(request, title, activeUrl, accounts.current());
    }

    public Text text() {
        return new Text(messages, LocaleContextHolder.getLocale());
    }

    public Account account() {
        return accounts.current();
    }

    public NewsroomLayout layout(HttpServletRequest request, String titleKey, String active) {
        return layout(request, text().lookup(titleKey), active, accounts.current());
    }

    public NewsroomLayout layout(HttpServletRequest request, String title, String active, Account account) {
        Text t = text();
        NewsroomLayout.User user = account == null
                ? null
                : new NewsroomLayout.User(account.email(), account.displayName(), roleLabel(t, account.role()));
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get("notice");
        String error = flash == null ? null : (String) flash.get("error");
        return new NewsroomLayout(title, siteName, user, nav(t, account, active), csrf(request), notice, error, t);
    }

    public static String roleLabel(Text t, Role role) {
        return t.lookup("role." + role.name());
    }

    private static NewsroomLayout.Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : new NewsroomLayout.Csrf(token.getParameterName(), token.getToken());
    }

    private List<NewsroomLayout.NavItem> nav(Text t, Account account, String active) {
        List<NewsroomLayout.NavItem> nav = new ArrayList<>();
        if (account == null) {
            return nav;
        }
        add(nav, t, "nav.dashboard", "/toa-soan", active);
        add(nav, t, "nav.articles", "/toa-soan/bai-viet", active);
        add(nav, t, "nav.newArticle", "/toa-soan/bai-viet/moi", active);
        add(nav, t, "nav.photos", "/toa-soan/thu-vien-anh", active);
        if (account.role().edits()) {
            add(nav, t, "nav.frontPage", "/toa-soan/trang-nhat", active);
            add(nav, t, "nav.tags", "/toa-soan/the", active);
            add(nav, t, "nav.trash", "/toa-soan/thung-rac", active);
        }
        for (DashboardPanel panel : panels.orderedStream().toList()) {
            boolean seen = panel.roles().isEmpty()
                    || panel.roles().contains(account.role().name());
            if (panel.navLabel() != null && seen) {
                nav.add(new NewsroomLayout.NavItem(
                        t.lookup(panel.navLabel()), panel.url(), panel.url().equals(active), panel.count()));
            }
        }
        if (account.role() == Role.ADMIN) {
            add(nav, t, "nav.sections", "/toa-soan/chuyen-muc", active);
            add(nav, t, "nav.accounts", "/toa-soan/tai-khoan", active);
            add(nav, t, "nav.settings", "/toa-soan/cai-dat", active);
            add(nav, t, "nav.audit", "/toa-soan/nhat-ky", active);
        }
        return nav;
    }

    private static void add(List<NewsroomLayout.NavItem> nav, Text t, String key, String url, String active) {
        nav.add(new NewsroomLayout.NavItem(t.lookup(key), url, url.equals(active), 0));
    }
}
