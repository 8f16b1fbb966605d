package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.List;
import vn.toasoan.accounts.Account;

/** Who may do what with an article: the same rules behind the newsroom's pages and the API. */
public final class ArticleRights {

    private ArticleRights() {}

    /** Reporters see their own articles; editors and administrators see every one. */
    public static boolean canRead(Account account, WorkingArticle article) {
        return account.role().edits() || article.writtenBy(account.id());
    }

    /** Reporters edit their own drafts; editors and administrators edit any article in any status. */
    public static boolean canEdit(Account account, WorkingArticle article) {
        return account.role().edits() || (article.writtenBy(account.id()) && article.status() == ArticleStatus.DRAFT);
    }

    /** "Đính chính" is for editors, under an article readers can see. */
    public static boolean canCorrect(Account account, WorkingArticle article) {
        return account.role().edits() && article.status() == ArticleStatus.PUBLISHED;
    }

    /** The moves this account may make on this article now. */
    public static List<Transition> transitions(Account account, WorkingArticle article) {
        List<Transition> allowed = new ArrayList<>();
        for (Transition t : Transition.values()) {
            if (t.allowed(account.role(), article.writtenBy(account.id()), article.status())) {
                allowed.add(t);
            }
        }
        return allowed;
    }
}
