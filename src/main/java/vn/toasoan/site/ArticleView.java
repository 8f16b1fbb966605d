package vn.toasoan.site;

import java.util.List;
import vn.toasoan.articles.Tag;
import vn.toasoan.comments.CommentSection;

/**
 * The article page.
 *
 * @param preview null on the reader's page
 */
public record ArticleView(
        Layout layout,
        long id,
        String title,
        String sectionName,
        String sectionUrl,
        String updatedText,
        String updatedIso,
        String sapo,
        List<ArticleBody.Part> body,
        String byline,
        List<Tag> tags,
        long views,
        Share share,
        List<ArticleCard> related,
        List<ArticleCard> mostRead,
        List<vn.toasoan.articles.Correction> corrections,
        CommentSection comments,
        Preview preview) {

    /** Share links that work without any social network's script. */
    public record Share(String url, String facebook, String zalo, String email) {}

    /**
     * The banner over a preview, which readers never see.
     *
     * @param note what the preview is: the article's status, or until when the link opens
     */
    public record Preview(String note) {}
}
