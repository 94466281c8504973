package cn.longyuan.market.infrastructure.pdf;

import cn.longyuan.market.application.shared.PdfPrinter;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** A training certificate (结业证书), A4 landscape, in Chinese with an English line under each statement. */
public final class TrainingCertificate {

    private TrainingCertificate() {}

    public static byte[] render(PdfPrinter.Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("结业证书 " + c.number());
        document.open();
        Font title = new Font(CjkFont.get(), 30, Font.BOLD);
        Font body = new Font(CjkFont.get(), 15);
        Font english = new Font(CjkFont.get(), 10, Font.ITALIC, java.awt.Color.DARK_GRAY);
        centered(document, "结 业 证 书", title);
        centered(document, "Certificate of Completion", english);
        document.add(Chunk.NEWLINE);
        left(
                document,
                c.holder() + "（" + c.cooperative() + "）于 " + c.period() + " 参加“陇原巧手”" + c.craftZh() + "培训《"
                        + c.courseZh() + "》，共 " + c.hours() + " 学时，考核合格，技能等级：" + c.levelZh() + "。",
                body);
        left(
                document,
                c.holder() + " (" + c.cooperative() + ") completed the Longyuan Skilled Hands " + c.craftEn()
                        + " course \"" + c.courseEn() + "\" (" + c.hours() + " hours, " + c.period() + ") at the level "
                        + c.levelEn() + ".",
                english);
        document.add(Chunk.NEWLINE);
        left(document, "授课教师 Trainer：" + c.trainer() + "    培训地点 Place：" + c.place(), body);
        left(document, "结业日期 Completed on：" + c.completedOn() + "    证书编号 No.：" + c.number(), body);
        document.add(Chunk.NEWLINE);
        Paragraph issuer = new Paragraph(c.issuer(), body);
        issuer.setAlignment(Element.ALIGN_RIGHT);
        document.add(issuer);
        document.close();
        return out.toByteArray();
    }

    private static void centered(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }

    private static void left(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.7f);
        p.setSpacingAfter(6);
        document.add(p);
    }
}
