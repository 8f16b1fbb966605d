package vn.toasoan.site;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** {@code /rss}: the site's feed and each section's, with what RSS is for a reader who has never used it. */
@Controller
class FeedsPage {

    private final Sections sections;
    private final Chrome chrome;

    FeedsPage(Sections sections, Chrome chrome) {
        this.sections = sections;
        this.chrome = chrome;
    }

    @GetMapping("/rss")
    String feeds(Model model) {
        Localizer t = chrome.localizer();
        List<FeedsView.Feed> feeds = new ArrayList<>();
        feeds.add(new FeedsView.Feed(
                t.lookup("feeds.all"), t.lookup("feeds.allDescription"), chrome.absolute("/rss.xml"), "/rss.xml"));
        for (Section section : sections.all()) {
            String path = "/rss/" + section.slug() + ".xml";
            feeds.add(new FeedsView.Feed(
                    section.name(), t.format("feeds.section", section.name()), chrome.absolute(path), path));
        }
        var meta = PageMeta.of(
                chrome.title(t.lookup("feeds.title")), t.lookup("feeds.description"), chrome.absolute("/rss"));
        model.addAttribute("page", new FeedsView(chrome.layout(meta, null), feeds));
        return "site/feeds";
    }
}
