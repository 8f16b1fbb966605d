package vn.toasoan.comments;

import java.util.List;
import java.util.Set;

/**
 * A commenter's comments were erased at their request (Decree 13/2023), in the transaction that publishes this: whoever
 * keeps anything about these comments forgets what it says of the reader before that transaction commits.
 *
 * @param articleIds the articles they were under
 */
public record CommentsErased(List<Long> commentIds, Set<Long> articleIds) {

    public CommentsErased {
        commentIds = List.copyOf(commentIds);
        articleIds = Set.copyOf(articleIds);
    }
}
