package cn.longyuan.market.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.PrintedDocument;
import java.io.IOException;
import java.util.List;
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
        byte[] pdf = QrTagSheet.render(new PdfPrinter.TagSheet(
                "http://localhost:8080/trace/ABCD2345", "ABCD2345", "端午香包", "巧手李姐", "宁远堡镇合作社", "2026-11-28", 17));

        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        assertEquals(17, tagsIn(pdf, 17));
        assertEquals(2, new PdfReader(pdf).getNumberOfPages(), "15 tags to a page");
    }

    @Test
    void aCertificateWritesItsChineseText() throws IOException {
        byte[] pdf = TrainingCertificate.render(new PdfPrinter.Certificate(
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

    @Test
    void aSimpleDocumentSetsItsChineseInTheSameFontAsTheCertificates() throws IOException {
        byte[] pdf = new SimplePdf("装箱单 Packing slip")
                .heading("宁远堡镇合作社")
                .line("礼物留言：生日快乐 Happy birthday")
                .finish();
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Packing slip") && text.contains("Happy birthday"), text);
        String fonts = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (CjkFont.isEmbedded()) {
            // an installed face is embedded (a FontFile2 or, for Noto's CFF outlines, FontFile3 stream) and its
            // Chinese reads back out
            assertTrue(fonts.contains("/FontFile"), "the CJK face is embedded");
            assertTrue(pdf.length < 1_000_000, "a subset of the face, not all of it: " + pdf.length + " bytes");
            assertTrue(text.contains("宁远堡镇合作社") && text.contains("生日快乐"), text);
        } else {
            assertTrue(fonts.contains("STSong-Light"), "the standard CJK font is named");
        }
    }

    @Test
    void theApplicationsDocumentIsPrintedWithEveryBlock() throws IOException {
        byte[] pdf = new OpenPdfPrinter()
                .print(new PrintedDocument("Statement 2026-11")
                        .line("Artisan: Li")
                        .heading("Income this month")
                        .table(
                                List.of("Order", "Amount "),
                                java.util.Arrays.asList(
                                        List.of("LY-1", "68.00"), java.util.Arrays.asList("LY-2", null)),
                                3,
                                1)
                        .line("Closing balance: 68.00"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        // the extractor reads a table's text after the page's other text, so only what is there is checked
        for (String part : List.of(
                "Statement 2026-11",
                "Artisan: Li",
                "Income this month",
                "Order Amount",
                "LY-1 68.00",
                "LY-2",
                "Closing balance: 68.00")) {
            assertTrue(text.contains(part), part + " in: " + text);
        }
    }

    @Test
    void aTableNeedsAWidthForEachColumn() {
        assertThrows(
                IllegalArgumentException.class, () -> new PrintedDocument("t").table(List.of("a", "b"), List.of(), 1));
    }
}
