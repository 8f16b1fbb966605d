package vn.toasoan.articles;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as the site reads them, for tests that run without the application. */
final class Bundles {

    private Bundles() {}

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ArticleText text() {
        return new ArticleText(messages());
    }
}
