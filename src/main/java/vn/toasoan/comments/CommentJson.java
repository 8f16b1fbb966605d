package vn.toasoan.comments;

import java.util.List;
import vn.toasoan.platform.VietnamTime;

/** A comment in the JSON API, as DESIGN.md lists its fields: no e-mail, no IP. */
record CommentJson(
        long id,
        long articleId,
        String name,
        String content,
        String status,
        String createdAt,
        boolean edited,
        List<String> flags,
        AttachmentJson attachment) {

    record AttachmentJson(String name, long size, String contentType) {}

    static CommentJson of(Comment c) {
        return new CommentJson(
                c.id(),
                c.articleId(),
                c.name(),
                c.content(),
                c.status().name(),
                VietnamTime.iso(c.createdAt()),
                c.edited(),
                c.flags(),
                c.attachment() == null
                        ? null
                        : new AttachmentJson(
                                c.attachment().originalName(),
                                c.attachment().size(),
                                c.attachment().contentType()));
    }
}
