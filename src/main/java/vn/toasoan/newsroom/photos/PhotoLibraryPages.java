package vn.toasoan.newsroom.photos;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.PhotoLibrary;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;
import vn.toasoan.newsroom.Text;

/**
 * "Thư viện ảnh": the newsroom's photos, searched by caption, credit and upload day; the editor's picker for a photo's
 * new use; deleting photos no article shows.
 */
@Controller
class PhotoLibraryPages {

    static final String URL = "/toa-soan/thu-vien-anh";
    private static final int PAGE = 24;
    private static final int PICKER = 12;

    private final PhotoLibrary library;
    private final Desk desk;

    PhotoLibraryPages(PhotoLibrary library, Desk desk) {
        this.library = library;
        this.desk = desk;
    }

    @GetMapping(URL)
    String library(
            @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "tu", defaultValue = "") String from,
            @RequestParam(name = "den", defaultValue = "") String to,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        Text t = desk.text();
        List<String> problems = new ArrayList<>();
        if (NewsroomTime.unreadableDate(from) || NewsroomTime.unreadableDate(to)) {
            problems.add(t.lookup("time.dateHint"));
        }
        Instant after = NewsroomTime.parseDate(from).map(NewsroomTime::startOf).orElse(null);
        Instant before = NewsroomTime.parseDate(to)
                .map(day -> day.plusDays(1))
                .map(NewsroomTime::startOf)
                .orElse(null);
        int current = Math.max(1, page);
        var found = library.search(desk.account(), words, after, before, PAGE, (current - 1) * PAGE);
        int pages = Math.max(1, (found.total() + PAGE - 1) / PAGE);
        model.addAttribute(
                "page",
                new PhotoViews.LibraryView(
                        desk.layout(request, "nav.photos", URL),
                        words,
                        from,
                        to,
                        found.photos().stream().map(PhotoViews::row).toList(),
                        found.total(),
                        current,
                        pages,
                        current > 1 ? pageUrl(words, from, to, current - 1) : null,
                        current < pages ? pageUrl(words, from, to, current + 1) : null,
                        desk.account().role().edits(),
                        problems));
        return "newsroom/photos/library";
    }

    /** The editor's picker: a few photos matching the words, as radio buttons its form sends as {@code libraryImage}. */
    @GetMapping(URL + "/chon")
    String picker(@RequestParam(name = "q", defaultValue = "") String words, Model model) {
        var found = library.search(desk.account(), words, null, null, PICKER, 0);
        model.addAttribute(
                "page",
                new PhotoViews.PickerView(
                        desk.text(),
                        found.photos().stream().map(PhotoViews::row).toList()));
        return "newsroom/photos/picker";
    }

    @PostMapping(URL + "/{id}/xoa")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        UUID image;
        try {
            image = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            library.deleteUnused(desk.account(), image);
            redirect.addFlashAttribute("notice", desk.text().lookup("library.deleted"));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + URL;
    }

    private static String pageUrl(String words, String from, String to, int page) {
        return UriComponentsBuilder.fromPath(URL)
                .queryParam("q", words)
                .queryParam("tu", from)
                .queryParam("den", to)
                .queryParam("trang", page)
                .encode()
                .build()
                .toUriString();
    }

    static String uploaded(Instant at) {
        return NewsroomTime.dateTime(at);
    }
}
