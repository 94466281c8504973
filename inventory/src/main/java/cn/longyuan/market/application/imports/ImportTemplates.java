package cn.longyuan.market.application.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A kind's template: its header and one example row, as CSV (UTF-8 with a BOM, so Excel opens it right) or .xlsx. */
public final class ImportTemplates {

    private ImportTemplates() {}

    public static byte[] csv(ImportKind kind) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(kind.columns());
            printer.printRecord(kind.example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every cell formatted as text, so an ID or phone number is kept as typed, not turned into a number. */
    public static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.path());
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int i = 0; i < kind.columns().size(); i++) {
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 20 * 256);
            }
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < kind.columns().size(); i++) {
                header.createCell(i).setCellValue(kind.columns().get(i));
                var cell = example.createCell(i);
                cell.setCellStyle(text);
                cell.setCellValue(kind.example().get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
