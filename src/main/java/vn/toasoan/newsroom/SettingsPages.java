package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.articles.Check;
import vn.toasoan.articles.CheckPolicies;
import vn.toasoan.articles.Listing;
import vn.toasoan.platform.VietnamTime;

/** Administrators' settings (which checks block publishing) and the audit log. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsPages {

    static final int AUDIT_PAGE = 50;
    private static final List<String> TARGET_TYPES =
            List.of("article", "account", "comment", "section", "tag", "settings", "frontpage");

    private final Desk desk;
    private final CheckPolicies policies;
    private final AuditLog audit;

    SettingsPages(Desk desk, CheckPolicies policies, AuditLog audit) {
        this.desk = desk;
        this.policies = policies;
        this.audit = audit;
    }

    @GetMapping("/toa-soan/cai-dat")
    String settings(HttpServletRequest request, Model model) {
        Text t = desk.text();
        var checks = policies.all().stream()
                .map(s ->
                        new Views.CheckRow(s.check().code(), t.lookup(s.check().labelKey()), s.blocking()))
                .toList();
        model.addAttribute(
                "page", new Views.SettingsView(desk.layout(request, "nav.settings", "/toa-soan/cai-dat"), checks));
        return "newsroom/settings";
    }

    @PostMapping("/toa-soan/cai-dat")
    String save(@RequestParam(name = "blocking", required = false) List<String> blocking, RedirectAttributes redirect) {
        Set<Check> chosen = EnumSet.noneOf(Check.class);
        if (blocking != null) {
            for (String code : blocking) {
                for (Check c : Check.values()) {
                    if (c.code().equals(code)) {
                        chosen.add(c);
                    }
                }
            }
        }
        policies.setBlocking(desk.account().email(), chosen);
        redirect.addFlashAttribute("notice", desk.text().lookup("settings.saved"));
        return "redirect:/toa-soan/cai-dat";
    }

    @GetMapping("/toa-soan/nhat-ky")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        var filter = new AuditLog.Filter(
                actor,
                action,
                targetType,
                targetId,
                fromDay == null ? null : fromDay.atStartOfDay(VietnamTime.ZONE).toInstant(),
                toDay == null
                        ? null
                        : toDay.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant(),
                trang);
        Listing<AuditLog.Entry> entries = audit.search(filter, AUDIT_PAGE);
        Text t = desk.text();
        var rows = entries.items().stream()
                .map(e -> new Views.AuditRow(
                        VietnamTime.updated(e.at()),
                        e.actor(),
                        e.action(),
                        actionLabel(t, e.action()),
                        e.targetType(),
                        targetLabel(t, e.targetType()),
                        e.targetId(),
                        "article".equals(e.targetType()) && e.targetId().matches("\\d+")
                                ? "/toa-soan/bai-viet/" + e.targetId()
                                : null,
                        e.details()))
                .toList();
        String query = "actor=" + enc(actor) + "&action=" + enc(action) + "&targetType=" + enc(targetType)
                + "&targetId=" + enc(targetId) + "&from=" + enc(from) + "&to=" + enc(to);
        model.addAttribute(
                "page",
                new Views.AuditView(
                        desk.layout(request, "nav.audit", "/toa-soan/nhat-ky"),
                        new Views.AuditFilter(
                                nz(actor),
                                nz(targetId),
                                nz(from),
                                nz(to),
                                options(audit.actions(), action, c -> actionLabel(t, c)),
                                options(TARGET_TYPES, targetType, c -> targetLabel(t, c))),
                        rows,
                        new Views.Pagination(
                                entries.page(),
                                entries.pages(),
                                entries.total(),
                                entries.hasPrevious()
                                        ? "/toa-soan/nhat-ky?" + query + "&trang=" + (entries.page() - 1)
                                        : null,
                                entries.hasNext()
                                        ? "/toa-soan/nhat-ky?" + query + "&trang=" + (entries.page() + 1)
                                        : null)));
        return "newsroom/audit";
    }

    private static List<Views.Option> options(List<String> codes, String chosen, Function<String, String> label) {
        return codes.stream()
                .map(c -> new Views.Option(c, label.apply(c), c.equals(chosen)))
                .toList();
    }

    private static String actionLabel(Text t, String action) {
        return t.lookupOr("audit.action." + action, action);
    }

    private static String targetLabel(Text t, String type) {
        return t.lookupOr("audit.type." + type, type);
    }

    /** {@code dd-MM-yyyy}, as the newsroom writes dates. */
    private static LocalDate day(String s) {
        return NewsroomTime.parseDate(s).orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(nz(s), java.nio.charset.StandardCharsets.UTF_8);
    }
}
