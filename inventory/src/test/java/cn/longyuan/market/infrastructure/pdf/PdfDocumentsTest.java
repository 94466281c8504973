package cn.longyuan.market.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfDocumentsTest {

    /** The tags the sheet's text names ("No.3/17"), counted over every page. */
    static int tagsIn(byte[] pdf, int pieces) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        int tags = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            Matcher m = Pattern.compile(Pattern.quote(QrTagSheet.TAG_MARK) + "(\\d+)/" + pieces)
                    .matcher(text.getTextFromPage(page));
            while (m.find()) {
                tags++;
            }
        }
        return tags;
    }

    @Test
    void aTagSheetHasOneTagPerPieceOverAsManyPagesAsItTakes() throws IOException {
        byte[] pdf = QrTagSheet.render(new QrTagSheet.Tags(
                "http://localhost:8080/trace/ABCD2345", "ABCD2345", "端午香包", "巧手李姐", "宁远堡镇合作社", "2026-11-28", 17));

        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        assertEquals(17, tagsIn(pdf, 17));
        assertEquals(2, new PdfReader(pdf).getNumberOfPages(), "15 tags to a page");
    }

    @Test
    void aCertificateWritesItsChineseText() throws IOException {
        byte[] pdf = TrainingCertificate.render(new TrainingCertificate.Content(
                "巧手李姐",
                "宁远堡镇合作社",
                "剪纸入门班",
                "Paper-cutting basics",
                "剪纸",
                "Paper-cutting",
                "初级",
                "Basic",
                24,
                "刘老师",
                "宁远堡镇文化站",
                "2026-11-20 — 2026-11-25",
                "2026-11-29",
                "LY-7",
                "金川区妇女联合会"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        if (CjkFont.isEmbedded()) {
            assertTrue(text.contains("结业证书") || text.contains("结 业 证 书"), text);
            assertTrue(text.contains("巧手李姐"), text);
        }
        assertTrue(text.contains("Certificate of Completion"), text);
    }
}
