package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.PhraseForms;
import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.application.stock.StockReasons;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes the services write into an order's history ("placed", "delivered on 2026-12-01", "refunded 28.00
 * (recorded), pieces back in stock: …") read back as phrases: a text key and its arguments per part, so that each
 * page says them in its own language. A note written by a person (a reason, a carrier and tracking number) is no
 * phrase and is shown as she wrote it. The keys are {@code order.note.<key>} in both wars' bundles.
 */
public final class OrderNotes {

    private static final PhraseForms WHOLE = withReturnRequests(new PhraseForms()
            .add("placed", "placed")
            .add("packed", "packed")
            .add("delivered on (\\d{4}-\\d{2}-\\d{2})", "deliveredOn")
            .add("every part delivered", "everyPartDelivered")
            .add("every piece refunded", "everyPieceRefunded")
            .add("(?:all|every) parts? shipped", "allPartsShipped")
            .add("every other part shipped", "everyOtherPartShipped")
            .add("(.+) \\(refund due\\)", "refundDue")
            .add("signed for", "signedFor")
            .add("buyer confirmed receipt", "buyerConfirmed")
            .add("bank transfer received", "bankTransferReceived")
            .add("cancelled by the buyer", "cancelledByBuyer")
            .add("online payment cancelled", "onlinePaymentCancelled")
            .add("paid online \\((\\S+)\\)", "paidOnline")
            .add("paid online \\((\\S+)\\) after its hold lapsed; pieces held again", "paidOnlineAfterLapse")
            .add("BANK_TRANSFER (\\S+) received on (\\S+)", "received.BANK_TRANSFER")
            .add("CASH_ON_DELIVERY (\\S+) received on (\\S+)", "received.CASH_ON_DELIVERY")
            .add("STRIPE (\\S+) received on (\\S+)", "received.STRIPE")
            .add("(\\d+) × (.+) returned, restocked: (.*)", "returnedRestocked")
            .add("(\\d+) × (.+) returned, written off: (.*)", "returnedWrittenOff"));

    private static final Pattern UNPAID = Pattern.compile("unpaid after (PT\\S+)");
    private static final Pattern REFUNDED = Pattern.compile(
            "refunded (\\S+) (?:\\(recorded\\)|through (\\S+))(, pieces back in stock|, pieces written off|, pieces partly back in stock)?(?:: (.*))?",
            Pattern.DOTALL);

    private OrderNotes() {}

    /** "return of 2 × line 1 requested (DAMAGED)": the pieces, the line and the reason of the list as one phrase. */
    private static PhraseForms withReturnRequests(PhraseForms forms) {
        for (ReturnRequest.Reason reason : ReturnRequest.Reason.values()) {
            forms.add(
                    "return of (\\d+) × line (\\d+) requested \\(" + reason.name() + "\\)",
                    "returnRequested." + reason.name());
        }
        return forms;
    }

    /** The note as phrases, or empty when it is a person's own words (shown as written). */
    public static Optional<List<Segment>> phrases(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        Optional<Segment> whole = WHOLE.read(note);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        Matcher unpaid = UNPAID.matcher(note);
        if (unpaid.matches()) {
            return unpaidAfter(unpaid.group(1));
        }
        Matcher refunded = REFUNDED.matcher(note);
        if (refunded.matches()) {
            return Optional.of(refund(refunded));
        }
        return Optional.empty();
    }

    /** The hold that lapsed, in whole hours when it is some, else in minutes. */
    private static Optional<List<Segment>> unpaidAfter(String iso) {
        try {
            Duration hold = Duration.parse(iso);
            return Optional.of(List.of(
                    hold.toMinutes() % 60 == 0
                            ? new Segment("unpaidAfterHours", List.of(String.valueOf(hold.toHours())))
                            : new Segment("unpaidAfterMinutes", List.of(String.valueOf(hold.toMinutes())))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Segment> refund(Matcher m) {
        List<Segment> segments = new ArrayList<>();
        segments.add(
                m.group(2) == null
                        ? new Segment("refundedRecorded", List.of(m.group(1)))
                        : new Segment("refundedThrough", List.of(m.group(1), m.group(2))));
        if (m.group(3) != null) {
            segments.add(new Segment(
                    switch (m.group(3)) {
                        case ", pieces back in stock" -> "piecesRestocked";
                        case ", pieces written off" -> "piecesWrittenOff";
                        default -> "piecesPartlyRestocked";
                    },
                    List.of()));
        }
        if (m.group(4) != null) {
            segments.addAll(
                    StockReasons.returnRequest(m.group(4)).orElse(List.of(new Segment("reason", List.of(m.group(4))))));
        }
        return segments;
    }
}
