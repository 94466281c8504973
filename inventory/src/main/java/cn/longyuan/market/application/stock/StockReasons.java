package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.ordering.OrderNotes;
import cn.longyuan.market.application.shared.PhraseForms;
import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import cn.longyuan.market.domain.model.stock.MovementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reasons the services write on stock ledger rows ({@value StockService#STOCKTAKE}, "refund 2 of order …",
 * "written off: …", "order … expired unpaid") read back as phrases, as {@link OrderNotes} reads an order's notes, so
 * that the stock page says them in its language; a reason a manager typed (an adjustment's, a transfer's) is no
 * phrase and is shown as she typed it. Rows written before keep their English text and are read the same way. The
 * keys are {@code ledger.reason.<key>} in the back office's bundles.
 */
public final class StockReasons {

    private static final PhraseForms WHOLE = new PhraseForms()
            .add(Pattern.quote(StockService.STOCKTAKE), "stocktake")
            .add(Pattern.quote(StockService.OPENING_STOCK), "openingStock")
            .add("order (\\S+) cancelled: online payment cancelled", "orderPaymentCancelled")
            .add("order (\\S+) cancelled by the buyer", "orderCancelledByBuyer")
            .add("order (\\S+) expired unpaid", "orderExpired")
            .add("returned: (.*)", "returned")
            .add("cancelled: (.*)", "cancelled")
            .add(Pattern.quote(StockService.CORRECTION_OF_BATCH) + "(\\d+): (.*)", "batchCorrection")
            .add(Pattern.quote(StockService.VOID_OF_BATCH) + "(\\d+): (.*)", "batchVoid");

    private static final Pattern REFUND = Pattern.compile("refund (\\d+) of order (\\S+)(?:: (.*))?", Pattern.DOTALL);

    private static final Pattern RETURN_REQUEST = Pattern.compile(
            "return request (\\d+): ("
                    + Arrays.stream(ReturnRequest.Reason.values())
                            .map(Enum::name)
                            .collect(Collectors.joining("|"))
                    + ")(?: — (.*))?",
            Pattern.DOTALL);

    private StockReasons() {}

    /**
     * The row's kind as the page names it ({@code movement.<kind>}): the {@link MovementKind}, but an adjustment by
     * its reason a {@code STOCKTAKE}, an {@code OPENING_STOCK}, a {@code WRITTEN_OFF} or {@code ADJUSTED} (a manager's correction).
     */
    public static String kind(MovementKind kind, String reason) {
        if (kind == MovementKind.ADJUSTED && reason != null) {
            if (reason.equals(StockService.STOCKTAKE)) {
                return "STOCKTAKE";
            }
            if (reason.equals(StockService.OPENING_STOCK)) {
                return "OPENING_STOCK";
            }
            if (reason.startsWith(StockService.WRITTEN_OFF)) {
                return "WRITTEN_OFF";
            }
            if (reason.startsWith(StockService.CORRECTION_OF_BATCH)) {
                return "BATCH_CORRECTED";
            }
            if (reason.startsWith(StockService.VOID_OF_BATCH)) {
                return "BATCH_VOIDED";
            }
        }
        return kind.name();
    }

    /** The reason as phrases, or empty when it is a person's own words (shown as written) or none. */
    public static Optional<List<Segment>> phrases(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        if (reason.startsWith(StockService.WRITTEN_OFF)) {
            String why = reason.substring(StockService.WRITTEN_OFF.length());
            List<Segment> segments = new ArrayList<>();
            segments.add(new Segment("writtenOff", List.of()));
            segments.addAll(service(why).orElse(List.of(new Segment("words", List.of(why)))));
            return Optional.of(segments);
        }
        return service(reason);
    }

    private static Optional<List<Segment>> service(String reason) {
        Optional<Segment> whole = WHOLE.read(reason);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        Matcher refund = REFUND.matcher(reason);
        if (!refund.matches()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("refundOf", List.of(refund.group(1), refund.group(2))));
        String why = refund.group(3);
        if (why != null) {
            segments.addAll(returnRequest(why).orElse(List.of(new Segment("because", List.of(why)))));
        }
        return Optional.of(segments);
    }

    /**
     * A refund's reason when the refund answered a buyer's return request ("return request 12: DAMAGED — her words"):
     * the request with its reason of the list ({@code returnRequest.<reason>}), and her words as she wrote them.
     */
    public static Optional<List<Segment>> returnRequest(String why) {
        Matcher request = RETURN_REQUEST.matcher(why);
        if (!request.matches()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("returnRequest." + request.group(2), List.of(request.group(1))));
        if (request.group(3) != null) {
            segments.add(new Segment("buyerWords", List.of(request.group(3))));
        }
        return Optional.of(segments);
    }
}
