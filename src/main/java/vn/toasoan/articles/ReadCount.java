package vn.toasoan.articles;

/** An article and how many times it was read over a period. */
public record ReadCount(long id, String title, String url, long views) {}
