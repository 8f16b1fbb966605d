package vn.toasoan.comments;

import java.util.List;

/** Everything the paper keeps about one commenter, for an export under Decree 13/2023. */
public record PersonalData(String email, List<Entry> comments, List<Block> blocks) {

    public record Entry(Comment comment, List<CommentEdit> edits) {}
}
