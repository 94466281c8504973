package cn.longyuan.market.application.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A file's header and rows as texts, read with Apache Commons CSV (UTF-8, with or without the BOM Excel writes) or
 * Apache POI (the first sheet of an .xlsx workbook, told apart by its first bytes, whatever the file is called). Rows
 * are numbered as a spreadsheet shows them: the header is row 1. Blank rows are left out.
 */
public record ImportTable(List<String> header, List<Line> lines) {

    /** A file larger than this is refused (the API refuses a larger body before it is read). */
    public static final int MAX_BYTES = 1_000_000;
    /** More rows than this below the header are refused. */
    public static final int MAX_ROWS = 2_000;

    private static final int MAX_COLUMNS = 50;

    public record Line(int number, List<String> cells) {

        /** The cell at {@code index}, stripped; empty when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null
                    ? cells.get(index).strip()
                    : "";
        }
    }

    public ImportTable {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    public static ImportTable read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "tooLarge", MAX_BYTES));
        }
        ImportTable table = isWorkbook(bytes) ? workbook(bytes) : csv(bytes);
        if (table.header().stream().allMatch(String::isBlank)) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "empty"));
        }
        return table;
    }

    /** An .xlsx (a zip) or an old .xls (an OLE2 file): both start with bytes no UTF-8 text starts with. */
    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length >= 4
                && (b[0] & 0xFF) == 0xD0
                && (b[1] & 0xFF) == 0xCF
                && b[2] == 0x11
                && (b[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static ImportTable csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        long lastRecord = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                List<String> cells = record.toList();
                if (cells.size() > MAX_COLUMNS) {
                    cells = cells.subList(0, MAX_COLUMNS + 1);
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                    requireRoom(lines);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "malformed", lastRecord + 1));
        }
        return new ImportTable(header == null ? List.of() : header, lines);
    }

    private static ImportTable workbook(byte[] bytes) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "empty"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "tooManyRows", MAX_ROWS));
            }
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS + 1);
                for (int i = 0; i < last; i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (header == null) {
                    header = cells;
                    // rows above the header are blank: the header is the first row with something in it
                    if (cells.stream().allMatch(String::isBlank)) {
                        header = null;
                    }
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                    requireRoom(lines);
                }
            }
            return new ImportTable(header == null ? List.of() : header, lines);
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a workbook, encrypted, damaged, or a zip bomb POI's own limits refused
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "notWorkbook"));
        }
    }

    private static void requireRoom(List<Line> lines) {
        if (lines.size() > MAX_ROWS) {
            throw new ImportFileException(ImportProblem.of(0, ImportProblem.FILE, "tooManyRows", MAX_ROWS));
        }
    }
}
