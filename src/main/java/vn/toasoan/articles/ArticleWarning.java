package vn.toasoan.articles;

/**
 * A check before publishing that found something the newsroom should look at.
 *
 * @param code stable, for the API and for settings that make a check block publishing
 * @param message in the language of whoever asked: Vietnamese unless they chose English
 */
public record ArticleWarning(String code, String message) {}
