package vn.toasoan.site;

import java.util.List;
import vn.toasoan.sections.Section;

public record HomePage(
        Layout layout,
        ArticleCard lead,
        List<ArticleCard> latest,
        List<SectionBlock> blocks,
        List<ArticleCard> mostRead) {

    public record SectionBlock(Section section, List<ArticleCard> articles) {}
}
