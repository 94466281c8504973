package cn.longyuan.market.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A plain A4 document of headings, lines of text and tables, in Chinese and English. Chinese is set in the
 * {@link CjkFont}, as on the tag sheets and certificates: an installed Noto CJK face embedded (as a subset) where
 * the server has one, so the packing slip and the statements look the same in every reader and printer; otherwise
 * Adobe's standard STSong-Light, which readers supply themselves. Latin letters and digits are set in Helvetica,
 * a standard font too: that text can be searched and read back out of the PDF (a reader's copy and paste, a test).
 */
public final class SimplePdf {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 40, 40, 48, 48);
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font bold;

    public SimplePdf(String documentTitle) {
        // the same Chinese face as the tag sheets and certificates: embedded where one is installed
        BaseFont song = CjkFont.get();
        title = new Font(song, 16, Font.BOLD);
        heading = new Font(song, 12, Font.BOLD);
        body = new Font(song, 10, Font.NORMAL);
        bold = new Font(song, 10, Font.BOLD);
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("陇原巧手集市 Longyuan Skilled Hands Market");
        document.open();
        Paragraph p = new Paragraph(phrase(documentTitle, title));
        p.setSpacingAfter(8);
        document.add(p);
    }

    public SimplePdf heading(String text) {
        Paragraph p = new Paragraph(phrase(text, heading));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    public SimplePdf line(String text) {
        document.add(new Paragraph(phrase(text, body)));
        return this;
    }

    /** A table with a header row; columns whose header ends with a space are right-aligned (amounts). */
    public SimplePdf table(List<String> headers, List<List<String>> rows, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(phrase(h.strip(), bold));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(phrase(row.get(i) == null ? "" : row.get(i), body));
                cell.setPadding(4);
                if (headers.get(i).endsWith(" ")) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** The text in Helvetica where it has the glyphs, else in the CJK font, at the font's size and style. */
    private static Phrase phrase(String text, Font cjk) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, cjk.getSize(), cjk.getStyle()));
        selector.addFont(cjk);
        return selector.process(text);
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
