package vn.toasoan.newsroom.photos;

import java.util.List;
import vn.toasoan.articles.PhotoLibrary;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Text;

/** The photo library's page models. */
public final class PhotoViews {

    private PhotoViews() {}

    /** An article that uses the photo, with the caption it gave it. */
    public record UseRow(long articleId, String title, String caption, String credit, String readerUrl) {

        /** The article in the newsroom, or on the site when the viewer may read it only there. */
        public String url() {
            return readerUrl != null ? readerUrl : "/toa-soan/bai-viet/" + articleId;
        }
    }

    /**
     * @param uses newest first, those the viewer may see
     * @param unseenUses the colleagues' unpublished articles that use it too, counted, not named
     */
    public record PhotoRow(
            String id,
            String thumbUrl,
            String srcset,
            int width,
            int height,
            String caption,
            String credit,
            String uploaded,
            String originalName,
            List<UseRow> uses,
            int unseenUses) {

        /** No article at all shows it: it can be deleted. */
        public boolean unused() {
            return uses.isEmpty() && unseenUses == 0;
        }
    }

    public record LibraryView(
            NewsroomLayout layout,
            String words,
            String from,
            String to,
            List<PhotoRow> photos,
            int total,
            int page,
            int pages,
            String previousUrl,
            String nextUrl,
            boolean canDelete,
            List<String> problems) {}

    public record PickerView(Text t, List<PhotoRow> photos) {}

    static PhotoRow row(PhotoLibrary.Photo photo) {
        var image = photo.image();
        return new PhotoRow(
                image.id().toString(),
                image.url(image.widths().get(0)),
                image.srcset(),
                image.width(),
                image.height(),
                photo.caption(),
                photo.credit(),
                PhotoLibraryPages.uploaded(photo.uploadedAt()),
                photo.originalName(),
                photo.uses().stream()
                        .map(u -> new UseRow(u.articleId(), u.title(), u.caption(), u.credit(), u.readerUrl()))
                        .toList(),
                photo.unseenUses());
    }
}
