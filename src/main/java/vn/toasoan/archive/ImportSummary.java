package vn.toasoan.archive;

import java.util.LinkedHashSet;
import java.util.Set;

/** The counts the command ends with. */
final class ImportSummary {
    long imported;
    long drafts;
    long skipped;
    long comments;
    long photos;
    long photosMissing;
    long redirects;
    long otherItems;
    long notArticles;
    boolean indexed = true;
    final Set<String> unreachableHosts = new LinkedHashSet<>();

    long done() {
        return imported + skipped;
    }
}
