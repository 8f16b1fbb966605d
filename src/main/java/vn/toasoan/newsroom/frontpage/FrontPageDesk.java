package vn.toasoan.newsroom.frontpage;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleFilter;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.WorkingSummary;
import vn.toasoan.frontpage.Curation;
import vn.toasoan.frontpage.FrontPageRefusedException;
import vn.toasoan.frontpage.FrontPages;
import vn.toasoan.frontpage.Placed;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;

/**
 * "Trang nhất": editors choose the lead story and the featured stories of the home page and of each section page,
 * from the recent published articles, in order, until an optional expiry. Every click saves at once and is audited; the
 * buttons work without JavaScript, and dragging the featured stories into order is offered on top.
 */
@Controller
class FrontPageDesk {

    static final String BASE = "/toa-soan/trang-nhat";
    static final int CANDIDATES = 20;

    private final Desk desk;
    private final FrontPages frontPages;
    private final ArticleEditing editing;
    private final Sections sections;

    FrontPageDesk(Desk desk, FrontPages frontPages, ArticleEditing editing, Sections sections) {
        this.desk = desk;
        this.frontPages = frontPages;
        this.editing = editing;
        this.sections = sections;
    }

    @GetMapping(BASE)
    String page(
            @RequestParam(name = "chuyen-muc", required = false) String sectionSlug,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            Model model) {
        Account account = editor();
        Text t = desk.text();
        Section section = section(sectionSlug);
        Long sectionId = section == null ? null : section.id();
        Placed placed = frontPages.placed(sectionId);
        String expired = frontPages
                .stored(sectionId)
                .filter(frontPages::expired)
                .map(c -> NewsroomTime.dateTime(c.expiresAt()))
                .orElse(null);
        var bySection = sections.byIds();
        List<FrontPageViews.Candidate> candidates = editing
                .list(
                        account,
                        new ArticleFilter(
                                ArticleStatus.PUBLISHED,
                                sectionId,
                                null,
                                q,
                                ArticleFilter.DateField.PUBLISHED,
                                null,
                                null,
                                ArticleFilter.Order.PUBLISHED,
                                false,
                                1,
                                CANDIDATES))
                .items()
                .stream()
                .map(s -> candidate(t, s, placed, bySection))
                .toList();
        model.addAttribute(
                "page",
                new FrontPageViews.CurationView(
                        desk.layout(request, t.lookup("frontpage.title"), BASE),
                        pages(t, section),
                        section == null ? "" : section.slug(),
                        section == null ? t.lookup("frontpage.home") : section.name(),
                        section == null ? "/" : section.url(),
                        placed.lead() == null ? null : slot(placed.lead()),
                        placed.featured().stream().map(FrontPageDesk::slot).toList(),
                        FrontPages.FEATURED_SLOTS,
                        NewsroomTime.dateTime(placed.expiresAt()),
                        expired,
                        q == null ? "" : q,
                        candidates));
        return "newsroom/frontpage/curation";
    }

    /**
     * One change to the page, saved at once.
     *
     * @param op {@code lead}, {@code feature}, {@code remove}, {@code up}, {@code down}, {@code order} (with
     *     {@code order}, the featured ids in their new order), {@code expiry} (with {@code expiresAt}) or {@code clear}
     */
    @PostMapping(BASE)
    String change(
            @RequestParam(name = "chuyen-muc", required = false) String sectionSlug,
            @RequestParam String op,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String expiresAt,
            @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        Account account = editor();
        Text t = desk.text();
        Section section = section(sectionSlug);
        Long sectionId = section == null ? null : section.id();
        Curation now = frontPages.placed(sectionId).curation();
        try {
            Optional<Curation> next = changed(now, op, id, order, expiresAt, redirect, t);
            if (next.isPresent()) {
                frontPages.set(account, sectionId, next.get());
                redirect.addFlashAttribute("notice", t.lookup("frontpage.saved"));
            }
        } catch (FrontPageRefusedException e) {
            redirect.addFlashAttribute("error", t.lookup(e));
        }
        return "redirect:" + BASE + query(section, q);
    }

    private Optional<Curation> changed(
            Curation now, String op, Long id, String order, String expiresAt, RedirectAttributes redirect, Text t) {
        if (id == null && List.of("lead", "feature", "remove", "up", "down").contains(op)) {
            return Optional.empty();
        }
        Long lead = now.lead();
        List<Long> featured = new ArrayList<>(now.featured());
        Instant expiry = now.expiresAt();
        switch (op) {
            case "lead" -> {
                // the story it replaces stays on the page, first among the featured, where it was if it was one
                int at = featured.indexOf(id);
                featured.remove(id);
                if (lead != null && !lead.equals(id)) {
                    featured.add(at < 0 ? 0 : at, lead);
                }
                lead = id;
                if (featured.size() > FrontPages.FEATURED_SLOTS) {
                    featured = featured.subList(0, FrontPages.FEATURED_SLOTS);
                }
            }
            case "feature" -> {
                if (id.equals(lead)) {
                    lead = null;
                }
                if (!featured.contains(id)) {
                    featured.add(id);
                }
            }
            case "remove" -> {
                if (id.equals(lead)) {
                    lead = null;
                }
                featured.remove(id);
            }
            case "up", "down" -> {
                int i = featured.indexOf(id);
                int j = op.equals("up") ? i - 1 : i + 1;
                if (i < 0 || j < 0 || j >= featured.size()) {
                    return Optional.empty();
                }
                featured.set(i, featured.get(j));
                featured.set(j, id);
            }
            case "order" -> {
                List<Long> wanted = ids(order);
                if (wanted.size() != featured.size() || !wanted.containsAll(featured)) {
                    redirect.addFlashAttribute("error", t.lookup("frontpage.orderStale"));
                    return Optional.empty();
                }
                featured = wanted;
            }
            case "expiry" -> {
                if (NewsroomTime.unreadableDateTime(expiresAt)) {
                    redirect.addFlashAttribute("error", t.format("frontpage.expiryUnreadable", expiresAt.strip()));
                    return Optional.empty();
                }
                expiry = NewsroomTime.parseDateTime(expiresAt).orElse(null);
                if (lead == null && featured.isEmpty()) {
                    redirect.addFlashAttribute("error", t.lookup("frontpage.expiryNothing"));
                    return Optional.empty();
                }
            }
            case "clear" -> {
                return Optional.of(Curation.NONE);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Curation(lead, featured, expiry));
    }

    /** Only editors and administrators choose what the paper shows first. */
    private Account editor() {
        Account account = desk.account();
        if (!account.role().edits()) {
            throw new AccessDeniedException(desk.text().lookup("frontpage.editorsOnly"));
        }
        return account;
    }

    private Section section(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sections.bySlug(slug.strip()).orElseThrow(() -> new SectionNotFoundException(slug));
    }

    private List<Views.Option> pages(Text t, Section chosen) {
        List<Views.Option> pages = new ArrayList<>();
        pages.add(new Views.Option("", t.lookup("frontpage.home"), chosen == null));
        for (Section s : sections.all()) {
            pages.add(new Views.Option(s.slug(), s.name(), chosen != null && chosen.id() == s.id()));
        }
        return pages;
    }

    private static FrontPageViews.Slot slot(ArticleSummary s) {
        return new FrontPageViews.Slot(s.id(), s.title(), NewsroomTime.dateTime(s.publishedAt()), s.url());
    }

    private static FrontPageViews.Candidate candidate(
            Text t, WorkingSummary s, Placed placed, Map<Long, Section> bySection) {
        Section section = bySection.get(s.sectionId());
        String placedAs = placed.lead() != null && placed.lead().id() == s.id()
                ? t.lookup("frontpage.lead")
                : placed.featured().stream().anyMatch(f -> f.id() == s.id()) ? t.lookup("frontpage.featured") : null;
        return new FrontPageViews.Candidate(
                s.id(),
                s.title(),
                section == null ? "" : section.name(),
                NewsroomTime.dateTime(s.publishedAt()),
                s.url(),
                placedAs);
    }

    private static List<Long> ids(String order) {
        if (order == null || order.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(order.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Long::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    static String query(Section section, String q) {
        List<String> parts = new ArrayList<>();
        if (section != null) {
            parts.add("chuyen-muc=" + section.slug());
        }
        if (q != null && !q.isBlank()) {
            parts.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
