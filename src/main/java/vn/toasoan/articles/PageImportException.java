package vn.toasoan.articles;

import java.nio.file.Path;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A file that is not an article page we can read. It names its text by a message key ({@code articles.import.*}), so
 * that the command prints it in the operator's language.
 */
class PageImportException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final Object[] args;

    PageImportException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    /** Not an article page, for the reason under {@code articles.import.why.<reason>}. */
    static PageImportException notAnArticle(String reason) {
        return new PageImportException(
                "articles.import.notAnArticle", new DefaultMessageSourceResolvable("articles.import.why." + reason));
    }

    /** The same refusal, saying which file it is about. */
    PageImportException in(Path file) {
        return new PageImportException("articles.import.inFile", file.toString(), this);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }
}
