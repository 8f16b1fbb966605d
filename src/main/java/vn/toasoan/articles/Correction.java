package vn.toasoan.articles;

import java.time.Instant;

/** "Đính chính": a dated note an editor appends to a published article, shown under it. */
public record Correction(Instant at, String note) {}
