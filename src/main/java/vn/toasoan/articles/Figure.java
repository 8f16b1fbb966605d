package vn.toasoan.articles;

import vn.toasoan.media.Image;

/**
 * A photo in an article with its caption and credit ("Ảnh: …").
 *
 * @param position the figure stands after this many body paragraphs
 * @param image the stored image, or {@code null} when an imported page named a photo whose file we do not have
 */
public record Figure(int position, Image image, String caption, String credit, String alt) {}
