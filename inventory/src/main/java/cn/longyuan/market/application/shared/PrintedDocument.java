package cn.longyuan.market.application.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain A4 document as the application writes it: a title, then headings, lines of text and tables, in the order
 * added. It says what the document contains, not how it is drawn — {@link PdfPrinter} draws it.
 */
public final class PrintedDocument {

    /** One part of the document. */
    public sealed interface Block permits Heading, Line, Table {}

    public record Heading(String text) implements Block {}

    public record Line(String text) implements Block {}

    /**
     * A table with a header row; a column whose header ends with a space is right-aligned (amounts), and the header is
     * shown without it. {@code widths}: the columns' relative widths, one per header.
     */
    public record Table(List<String> headers, List<List<String>> rows, List<Float> widths) implements Block {

        public Table {
            headers = List.copyOf(headers);
            // a cell may be empty (null): copied as is, since List.copyOf refuses nulls
            rows = rows.stream()
                    .map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
                    .toList();
            widths = List.copyOf(widths);
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException(headers.size() + " columns, " + widths.size() + " widths");
            }
        }
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public PrintedDocument(String title) {
        this.title = title;
    }

    public PrintedDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public PrintedDocument line(String text) {
        blocks.add(new Line(text));
        return this;
    }

    public PrintedDocument table(List<String> headers, List<List<String>> rows, float... widths) {
        List<Float> w = new ArrayList<>();
        for (float width : widths) {
            w.add(width);
        }
        blocks.add(new Table(headers, rows, w));
        return this;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
