package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentRegisterTests {

    @TempDir
    Path dir;

    private final AtomicReference<NgramModel> published = new AtomicReference<>();

    private NgramModel builtFromTheDemoArticles(Path file) {
        ModelKeeperTests.Articles articles =
                new ModelKeeperTests.Articles(DemoArticles.texts(), 40, new CountDownLatch(0));
        new ModelKeeper(file, () -> articles, published::set).loadOrBuild();
        return published.get();
    }

    @Test
    void aNewSiteRestoresEverydayComments() {
        DiacriticsRestorer restorer = new DiacriticsRestorer(builtFromTheDemoArticles(dir.resolve("model.bin")));

        assertThat(restorer.restore("Bai viet rat hay, cam on toa soan da dua tin kip thoi"))
                .hasValue("Bài viết rất hay, cảm ơn toà soạn đã đưa tin kịp thời");
        assertThat(restorer.restore("Toi dong y voi y kien cua tac gia, rat dung"))
                .hasValue("Tôi đồng ý với ý kiến của tác giả, rất đúng");
        assertThat(restorer.restore("Xin hoi thu tuc lam can cuoc cho con o dau?"))
                .hasValue("Xin hỏi thủ tục làm căn cước cho con ở đâu?");
    }

    @Test
    void restoresHeldOutCommentsWell() {
        NgramModel model = builtFromTheDemoArticles(dir.resolve("model.bin"));
        RestorerEvaluation.Accuracy accuracy = RestorerEvaluation.accuracy(model, CommentSets.heldOut());
        System.out.printf(
                Locale.ROOT,
                "restorer, demo articles and comment text, held-out comments right: %.2f %% (%d of %d)%n",
                accuracy.percent(),
                accuracy.correct(),
                accuracy.total());
        // 83.5 % on the demo articles alone; measured 93.8 % with 676 sentences of comment text, 96.1 % with 1,679
        assertThat(accuracy.percent()).isGreaterThanOrEqualTo(94.5);
    }

    @Test
    void theHeldOutCommentsAreNotInTheTrainingText() {
        Set<String> training = CommentRegister.sentences().stream()
                .map(s -> VietnameseText.normalizeTones(s).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> leaked = CommentSets.heldOut().stream()
                .map(s -> VietnameseText.normalizeTones(s).toLowerCase(Locale.ROOT))
                .filter(training::contains)
                .toList();
        assertThat(leaked).isEmpty();
        assertThat(CommentSets.EXAMPLES).noneMatch(training::contains);
    }

    @Test
    void theTextIsMarkedTheWayTheModelStoresIt() {
        for (String sentence : CommentRegister.sentences()) {
            assertThat(VietnameseText.normalizeTones(sentence))
                    .as("NFC, new-style tone placement")
                    .isEqualTo(sentence);
        }
        assertThat(CommentRegister.version()).isNotZero();
    }

    @Test
    void aStoredModelOfAnotherCommentTextIsUsedThenRebuilt() throws Exception {
        Path file = dir.resolve("model.bin");
        NgramModelBuilder old = new NgramModelBuilder();
        DemoArticles.texts().forEach(old::add);
        ModelFiles.write(old.build(40), file); // as stored before the comment text existed
        assertThat(ModelFiles.read(file).registerVersion()).isZero();

        NgramModel model = builtFromTheDemoArticles(file);

        assertThat(model.registerVersion()).isEqualTo(CommentRegister.version());
        assertThat(ModelFiles.read(file).registerVersion()).isEqualTo(CommentRegister.version());
        assertThat(new DiacriticsRestorer(model).restore("tac gia")).hasValue("tác giả");
    }
}
