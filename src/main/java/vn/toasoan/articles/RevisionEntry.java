package vn.toasoan.articles;

import java.time.Instant;

/** A revision as a list of them shows it: who saved what, when, and in which status, without the content. */
public record RevisionEntry(
        int number, RevisionKind kind, Instant savedAt, String savedBy, ArticleStatus status, String title) {}
