package vn.toasoan.newsroom.articles;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.LeadPhotos;
import vn.toasoan.newsroom.Desk;

/** The editor's "Ảnh đại diện" buttons: which photo stands for the article, and where its crop is centred. */
@Controller
class LeadPhotoPages {

    private final LeadPhotos leadPhotos;
    private final Desk desk;

    LeadPhotoPages(LeadPhotos leadPhotos, Desk desk) {
        this.leadPhotos = leadPhotos;
        this.desk = desk;
    }

    /**
     * @param lead {@code imageId:x:y}, the focal point in percent; the editor's script writes the point clicked on the
     *     photo, and without scripts the button carries the point saved before (or the centre)
     */
    @PostMapping("/toa-soan/bai-viet/{id}/anh-dai-dien")
    String choose(@PathVariable long id, @RequestParam String lead, RedirectAttributes redirect) {
        String[] parts = lead.strip().split(":");
        UUID image;
        int x;
        int y;
        try {
            image = UUID.fromString(parts[0]);
            x = parts.length > 1 ? (int) Math.round(Double.parseDouble(parts[1])) : 50;
            y = parts.length > 2 ? (int) Math.round(Double.parseDouble(parts[2])) : 50;
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            leadPhotos.choose(desk.account(), id, image, x, y);
            redirect.addFlashAttribute("notice", desk.text().lookup("lead.chosen"));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/toa-soan/bai-viet/" + id + "#figures";
    }
}
