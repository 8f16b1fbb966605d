package vn.toasoan.articles;

import java.time.Instant;

/** A published article as a sitemap lists it. */
public record SitemapEntry(String path, String title, Instant publishedAt, Instant updatedAt) {}
