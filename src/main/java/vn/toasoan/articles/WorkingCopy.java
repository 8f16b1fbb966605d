package vn.toasoan.articles;

import java.time.Instant;

/**
 * What one account typed in the editor and has not saved ("Bản lưu tạm"): the form's fields by name, as JSON.
 *
 * @param articleId null for a new article, not saved yet
 * @param baseVersion the article's version the editor was opened on; 0 for a new article
 * @param fields a JSON object of the form's fields, each a string
 */
public record WorkingCopy(Long articleId, int baseVersion, String fields, Instant savedAt) {}
