package vn.toasoan.articles;

public record Tag(String slug, String name) {

    public String url() {
        return "/the/" + slug;
    }
}
