package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The product lines of a back-office form (a phone order, a quote): a fixed number of rows, each of which may stay
 * empty. The filled rows become the request's lines, and each request line's fields point back to its row's inputs,
 * so a refusal of "lines[1].quantity" shows next to the row it came from.
 */
public class LineInputs {

    /** Rows a form offers; a longer order is placed as two. */
    public static final int ROWS = 4;

    private final String form;
    private final List<LineInput> rows = new ArrayList<>();

    public LineInputs(String form) {
        this.form = form;
        for (int i = 0; i < ROWS; i++) {
            rows.add(new LineInput());
        }
    }

    /** The filled rows, in order; an empty product or quantity is 0, which the service refuses for its field. */
    public List<PlaceOrderCommand.Line> lines() {
        return rows.stream()
                .filter(LineInput::isFilled)
                .map(row -> new PlaceOrderCommand.Line(
                        row.getProductId() == null ? 0 : row.getProductId(),
                        row.getQuantity() == null ? 0 : row.getQuantity()))
                .toList();
    }

    /** The request's line fields and the inputs of the rows they came from ("lines" itself: the first row). */
    public Map<String, String> inputsOfFields() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put("lines", form + ":lines:0:product");
        int index = 0;
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).isFilled()) {
                inputs.put("lines[" + index + "].productId", form + ":lines:" + row + ":product");
                inputs.put("lines[" + index + "].quantity", form + ":lines:" + row + ":quantity");
                index++;
            }
        }
        return inputs;
    }

    public List<LineInput> getRows() {
        return rows;
    }
}
