package vn.toasoan.media;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.toasoan.support.Browser;

/**
 * What a phone 375 px wide downloads for an article page: the page itself and the photos it loads, as Chromium
 * reports them (Resource Timing, bytes on the wire and decoded), scrolled to the end so that lazy photos load too;
 * at a device pixel ratio of 1 (a cheap phone) and 2 (most phones). Then, for a photograph-like picture, the size of
 * the JPEG and the WebP the pipeline stores at every width. Run by {@code bench/photo-weight/run}.
 *
 * <p>Arguments: the base URL of a running site, and a label for the table.
 */
public final class PhoneWeightBenchmark {

    private PhoneWeightBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            sizes();
            return;
        }
        String base = args[0];
        String label = args.length > 1 ? args[1] : base;
        String article = firstArticleWithPhoto(base);
        for (int ratio : new int[] {1, 2}) {
            var browser = (ChromeDriver) Browser.start();
            try {
                browser.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 375, "height", 812, "deviceScaleFactor", ratio, "mobile", true));
                browser.get(base + article);
                var js = (JavascriptExecutor) browser;
                js.executeScript("window.scrollTo(0, document.body.scrollHeight)");
                Thread.sleep(1500);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> entries = (List<Map<String, Object>>) js.executeScript("""
                        const page = performance.getEntriesByType('navigation')[0];
                        const photos = performance.getEntriesByType('resource')
                            .filter(e => e.initiatorType === 'img' || /\\/media\\//.test(e.name));
                        return [page, ...photos].map(e => ({name: e.name, wire: e.transferSize,
                            body: e.encodedBodySize, decoded: e.decodedBodySize}));""");
                long pageWire = number(entries.get(0), "wire");
                long photosWire = 0;
                StringBuilder which = new StringBuilder();
                for (var entry : entries.subList(1, entries.size())) {
                    photosWire += number(entry, "body");
                    String name = (String) entry.get("name");
                    which.append(' ').append(name.substring(name.lastIndexOf('-') + 1));
                }
                System.out.printf(
                        "%-8s DPR %d  page %,7d B on the wire (%,7d decoded)  photos %,8d B in %d files:%s  total %,8d B%n",
                        label,
                        ratio,
                        pageWire,
                        number(entries.get(0), "decoded"),
                        photosWire,
                        entries.size() - 1,
                        which,
                        pageWire + photosWire);
            } finally {
                browser.quit();
            }
        }
    }

    private static String firstArticleWithPhoto(String base) throws Exception {
        var home = Jsoup.connect(base + "/").get();
        for (var link : home.select("a[href$=.html]")) {
            String path = link.attr("href");
            if (Jsoup.connect(base + path).get().selectFirst("figure img") != null) {
                return path;
            }
        }
        throw new IllegalStateException("No article with a photo on " + base);
    }

    private static long number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).longValue();
    }

    /** JPEG and WebP of one photograph-like picture at every stored width, as the pipeline makes them. */
    private static void sizes() {
        var photo = PhotoLike.draw(1920, 1280, 42);
        long jpegs = 0;
        long webps = 0;
        for (int width : List.of(320, 640, 960, 1280, 1920)) {
            var resized = ImagePipeline.resize(photo, width);
            int jpeg = ImagePipeline.jpeg(resized).length;
            int webp = Webp.encode(resized).orElseThrow().length;
            jpegs += jpeg;
            webps += webp;
            System.out.printf("width %4d  JPEG %,9d B  WebP %,9d B  %3d %%%n", width, jpeg, webp, 100L * webp / jpeg);
        }
        System.out.printf("all widths JPEG %,9d B  WebP %,9d B  %3d %%%n", jpegs, webps, 100 * webps / jpegs);
    }
}
