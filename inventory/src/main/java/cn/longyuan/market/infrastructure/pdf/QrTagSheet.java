package cn.longyuan.market.infrastructure.pdf;

import cn.longyuan.market.application.shared.PdfPrinter;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable A4 sheet of hang tags for one production batch: one tag per piece, each with the QR code of the
 * batch's public trace page, the product, the maker's display name and the trace code, in a grid of
 * {@value #COLUMNS} × {@value #ROWS} to cut apart. The QR is drawn as vector squares, so it prints sharp.
 */
public final class QrTagSheet {

    public static final int COLUMNS = 3;
    public static final int ROWS = 5;
    /** The marker each tag carries in the PDF's text, so a reader can count the tags. */
    public static final String TAG_MARK = "No.";

    private static final float QR_SIZE = 88;

    private QrTagSheet() {}

    public static byte[] render(PdfPrinter.TagSheet tags) {
        BitMatrix qr = qr(tags.traceUrl());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 24, 24, 24, 24);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(tags.traceCode());
        document.open();
        Font small = new Font(CjkFont.get(), 8);
        Font bold = new Font(CjkFont.get(), 10, Font.BOLD);
        Font latin = new Font(Font.HELVETICA, 8);
        PdfTemplate code = qrTemplate(writer.getDirectContent(), qr, QR_SIZE);
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        for (int piece = 1; piece <= tags.pieces(); piece++) {
            PdfPCell cell = new PdfPCell();
            cell.setFixedHeight((PageSize.A4.getHeight() - 48) / ROWS - 1);
            cell.setPadding(6);
            cell.setBorderWidth(0.3f);
            cell.setBorderColor(java.awt.Color.GRAY);
            Paragraph title = new Paragraph(tags.product(), bold);
            title.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(title);
            org.openpdf.text.Image image = org.openpdf.text.Image.getInstance(code);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
            // the code line in a Latin base font: readable by text extraction whichever CJK font is in use
            Phrase text = new Phrase(tags.maker() + " · " + tags.cooperative() + "\n", small);
            text.add(new org.openpdf.text.Chunk(
                    tags.madeOn() + "  " + tags.traceCode() + "  " + TAG_MARK + piece + "/" + tags.pieces(), latin));
            Paragraph lines = new Paragraph(text);
            lines.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(lines);
            table.addCell(cell);
        }
        table.completeRow();
        if (tags.pieces() == 0) {
            // a voided batch keeps no piece: the sheet says so instead of failing as a document without pages
            document.add(new Paragraph(tags.traceCode() + ": 本批次已作废，没有要贴的标签。", bold));
            document.add(new Paragraph("This batch is void: there is no tag to print.", latin));
        } else {
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static BitMatrix qr(String content) {
        try {
            return new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content + " as a QR code", e);
        }
    }

    private static PdfTemplate qrTemplate(PdfContentByte canvas, BitMatrix qr, float size) {
        PdfTemplate template = canvas.createTemplate(size, size);
        float module = size / qr.getWidth();
        template.setColorFill(java.awt.Color.BLACK);
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    template.rectangle(x * module, size - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        template.setBoundingBox(new Rectangle(size, size));
        return template;
    }
}
