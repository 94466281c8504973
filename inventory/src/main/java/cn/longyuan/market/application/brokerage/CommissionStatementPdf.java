package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.infrastructure.pdf.CjkFont;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A broker's monthly commission statement as a PDF (OpenPDF, Chinese with English labels): her orders of the
 * month with the sales and returns of each line and her commission on them, the total, and whether and by whom
 * the month was settled (an open month's statement says it is provisional).
 * <p>
 * Text is set through a {@link FontSelector}: Latin letters and digits in Helvetica, everything else in the CJK
 * font ({@link CjkFont}), so amounts, order numbers and user names stay plain text that any reader can search
 * and copy, whichever CJK font the server has.
 */
public final class CommissionStatementPdf {

    /** The words in front of the total, so that a reader (or a test) can find it. */
    public static final String TOTAL_LABEL = "本月佣金合计 Commission total: ¥";

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    private CommissionStatementPdf() {}

    public static byte[] of(Commissions.Ledger ledger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        PdfWriter.getInstance(document, out);
        String title = "经纪人佣金月结单 Commission statement · " + ledger.month();
        document.addTitle(title);
        document.addCreator("陇原巧手集市 Longyuan Skilled Hands Market");
        document.open();
        Paragraph heading = new Paragraph(text(title, 16, Font.BOLD));
        heading.setSpacingAfter(8);
        document.add(heading);
        document.add(new Paragraph(text(
                "经纪人 Broker: " + ledger.broker().displayName() + " ("
                        + ledger.broker().username() + ")",
                10,
                Font.NORMAL)));
        document.add(new Paragraph(text(
                ledger.settled()
                        ? "已结算 Settled: " + AT.format(ledger.settlement().settledAt()) + "，经办 by "
                                + ledger.settlement().settledBy()
                        : "未结算（临时结单）Not settled yet: provisional statement",
                10,
                Font.NORMAL)));
        Paragraph byOrder = new Paragraph(text("订单佣金 Commission by order", 12, Font.BOLD));
        byOrder.setSpacingBefore(10);
        byOrder.setSpacingAfter(4);
        document.add(byOrder);

        List<String> headers =
                List.of("订单 Order", "商品 Product", "月份 Month", "件数 Pieces ", "销售额 Sales ", "佣金 Commission ");
        PdfPTable table = new PdfPTable(new float[] {2.6f, 4f, 1.6f, 1.2f, 1.6f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(text(h.strip(), 9, Font.BOLD));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows(ledger)) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(text(row.get(i), 9, Font.NORMAL));
                cell.setPadding(4);
                if (headers.get(i).endsWith(" ")) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        Paragraph sales = new Paragraph(text(
                "本月销售额 Sales: ¥" + CommissionMonth.decimal(ledger.saleFen()) + "    条目 Entries: " + ledger.entries(),
                10,
                Font.NORMAL));
        sales.setSpacingBefore(10);
        document.add(sales);
        document.add(new Paragraph(text(TOTAL_LABEL + CommissionMonth.decimal(ledger.totalFen()), 12, Font.BOLD)));
        document.close();
        return out.toByteArray();
    }

    private static List<List<String>> rows(Commissions.Ledger ledger) {
        List<List<String>> rows = new ArrayList<>();
        for (Commissions.OrderCommissions order : ledger.orders()) {
            for (Commissions.Line line : order.lines()) {
                boolean reversal = line.kind() == IncomeEntry.Kind.REVERSAL;
                rows.add(List.of(
                        order.orderNumber(),
                        line.product().zh() + (reversal ? "（退回 returned）" : ""),
                        line.carriedFrom(ledger.month())
                                ? line.writtenIn() + " →"
                                : line.writtenIn().toString(),
                        (reversal ? "-" : "") + line.quantity(),
                        CommissionMonth.decimal(line.saleFen()),
                        CommissionMonth.decimal(line.commissionFen())));
            }
            rows.add(List.of(
                    "",
                    "订单小计 Order subtotal",
                    "",
                    "",
                    CommissionMonth.decimal(order.saleFen()),
                    CommissionMonth.decimal(order.commissionFen())));
        }
        return rows;
    }

    private static Phrase text(String s, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(CjkFont.get(), size, style));
        return selector.process(s);
    }
}
