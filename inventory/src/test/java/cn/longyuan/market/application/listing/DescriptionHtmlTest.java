package cn.longyuan.market.application.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DescriptionHtmlTest {

    @Test
    void scriptsAreRemovedWithTheirContent() {
        String clean = DescriptionHtml.sanitise("<p>手工香包</p><script>alert('x')</script>");
        assertEquals("<p>手工香包</p>", clean);
    }

    @Test
    void eventHandlersAndImagesAreRemoved() {
        String clean = DescriptionHtml.sanitise(
                "<p onclick=\"steal()\">好看</p><img src=x onerror=\"alert(1)\"><b onmouseover=\"x()\">绣</b>");
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("onmouseover"), clean);
        assertFalse(clean.contains("<img"), clean);
        assertTrue(clean.contains("<p>好看</p>"), clean);
        assertTrue(clean.contains("<b>绣</b>"), clean);
    }

    @Test
    void javascriptLinksLoseTheirTargetAndOtherLinksGetNofollow() {
        String bad = DescriptionHtml.sanitise("<a href=\"javascript:alert(1)\">点我</a>");
        assertFalse(bad.toLowerCase().contains("javascript"), bad);
        assertTrue(bad.contains("点我"), bad);
        String good = DescriptionHtml.sanitise("<a href=\"https://example.cn/story\" target=\"_blank\">故事</a>");
        assertTrue(good.contains("href=\"https://example.cn/story\""), good);
        assertTrue(good.matches(".*rel=\"[^\"]*nofollow[^\"]*\".*"), good);
        assertTrue(good.contains("noopener") && good.contains("noreferrer"), good);
        assertFalse(good.contains("target"), good);
    }

    @Test
    void paragraphsEmphasisAndListsStay() {
        String html = "<p><strong>粗</strong> <em>斜</em> <u>线</u></p><ul><li>一</li></ul><ol><li>二</li></ol>";
        assertEquals(html, DescriptionHtml.sanitise(html));
    }

    @Test
    void stylesAndIframesAreRemoved() {
        String clean = DescriptionHtml.sanitise(
                "<p style=\"background:url(javascript:x)\">a</p><iframe src=\"https://evil\"></iframe><style>p{}</style>");
        assertEquals("<p>a</p>", clean);
    }

    @Test
    void plainTextKeepsTheWordsAndDropsTheMarkup() {
        assertEquals(
                "香包 & 艾草\n第二段",
                DescriptionHtml.toPlainText(DescriptionHtml.sanitise("<p>香包 &amp; <b>艾草</b></p><p>第二段</p>")));
        assertFalse(DescriptionHtml.hasText(DescriptionHtml.sanitise("<p><br></p>")));
    }
}
