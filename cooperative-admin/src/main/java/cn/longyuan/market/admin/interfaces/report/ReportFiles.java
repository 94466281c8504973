package cn.longyuan.market.admin.interfaces.report;

import cn.longyuan.market.application.report.ChainReport.Figures;
import cn.longyuan.market.application.report.ChainReport.Report;
import cn.longyuan.market.application.report.ChainReport.Row;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.PrintedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The chain report as files: an Excel workbook (Apache POI, already used by the tables' exports) with exactly the
 * figures of the page, and a printable A4 PDF summary (a {@link PrintedDocument} the application's {@link PdfPrinter} draws, Chinese included).
 * Texts come from the back office's message bundle in the user's language.
 */
public final class ReportFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Report report;
    private final Locale locale;
    private final ResourceBundle texts;

    public ReportFiles(Report report, Locale locale) {
        this.report = report;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("cn.longyuan.market.admin.i18n.messages", locale);
    }

    public String fileName(String extension) {
        return "chain-report-" + report.filter().from() + "-" + report.filter().to() + "." + extension;
    }

    private String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private List<String> figureHeaders() {
        return List.of(
                text("report.trained"),
                text("report.produced"),
                text("report.piecesMade"),
                text("report.piecesSold"),
                text("report.sales"),
                text("report.income"));
    }

    private static List<Object> values(Figures f) {
        return List.of(
                f.womenTrained(),
                f.womenProduced(),
                f.piecesMade(),
                f.piecesSold(),
                yuan(f.salesFen()),
                yuan(f.incomeFen()));
    }

    /**
     * Fen as "128.00". Not {@code Money}: a period's figures can be negative (pieces sold in an earlier period and
     * returned in this one), which a Money refuses.
     */
    public static String amount(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private String label(Row row) {
        return row.label().in(locale);
    }

    public byte[] workbook() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("report.title"));
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(text("report.title"));
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(text(
                            "report.period",
                            report.filter().from(),
                            report.filter().to()));
            r++;
            var groups = sheet.createRow(r++);
            groups.createCell(1).setCellValue(text("report.allWomen"));
            groups.createCell(7).setCellValue(text("report.poorWomen"));
            sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 1, 6));
            sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 7, 12));
            var header = sheet.createRow(r++);
            List<String> headers = new ArrayList<>();
            headers.add(text("report.grouping." + report.grouping().name()));
            headers.addAll(figureHeaders());
            headers.addAll(figureHeaders());
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (Row row : report.rows()) {
                write(sheet.createRow(r++), label(row), row.all(), row.poor(), money, null);
            }
            write(sheet.createRow(r), text("report.total"), report.total(), report.totalPoor(), money, bold);
            sheet.setColumnWidth(0, 36 * 256);
            for (int c = 1; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(
            org.apache.poi.ss.usermodel.Row line,
            String label,
            Figures all,
            Figures poor,
            CellStyle money,
            CellStyle style) {
        Cell first = line.createCell(0);
        first.setCellValue(label);
        if (style != null) {
            first.setCellStyle(style);
        }
        List<Object> cells = new ArrayList<>(values(all));
        cells.addAll(values(poor));
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = line.createCell(i + 1);
            if (cells.get(i) instanceof BigDecimal amount) {
                // an amount in yuan from fen: exact in the decimal the sheet shows
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(money);
            } else {
                cell.setCellValue(((Number) cells.get(i)).doubleValue());
            }
        }
    }

    /** The printable A4 summary, for the application's {@link PdfPrinter}. */
    public PrintedDocument document(String generatedAt) {
        PrintedDocument pdf = new PrintedDocument(text("report.title"));
        pdf.line(text(
                "report.period",
                report.filter().from().toString(),
                report.filter().to().toString()));
        pdf.line(text("report.generated", generatedAt));
        pdf.line(text("report.rule"));
        for (boolean poor : new boolean[] {false, true}) {
            pdf.heading(text(poor ? "report.poorWomen" : "report.allWomen"));
            List<String> headers = new ArrayList<>();
            headers.add(text("report.grouping." + report.grouping().name()));
            // a trailing space right-aligns the column (PrintedDocument.Table)
            figureHeaders().forEach(h -> headers.add(h + " "));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : report.rows()) {
                rows.add(cells(label(row), poor ? row.poor() : row.all()));
            }
            rows.add(cells(text("report.total"), poor ? report.totalPoor() : report.total()));
            pdf.table(headers, rows, 4f, 1.3f, 1.3f, 1.3f, 1.3f, 1.8f, 1.8f);
        }
        return pdf;
    }

    private static List<String> cells(String label, Figures f) {
        return List.of(
                label,
                String.valueOf(f.womenTrained()),
                String.valueOf(f.womenProduced()),
                String.valueOf(f.piecesMade()),
                String.valueOf(f.piecesSold()),
                amount(f.salesFen()),
                amount(f.incomeFen()));
    }
}
