package cn.longyuan.market.application;

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

    /** One part of a note: its text key and the values it names. */
    public record Segment(String key, List<String> args) {}

    private record Form(Pattern pattern, String key) {}

    private static final List<Form> WHOLE = List.of(
            form("placed", "placed"),
            form("packed", "packed"),
            form("delivered on (\\d{4}-\\d{2}-\\d{2})", "deliveredOn"),
            form("every part delivered", "everyPartDelivered"),
            form("every piece refunded", "everyPieceRefunded"),
            form("(?:all|every) parts? shipped", "allPartsShipped"),
            form("every other part shipped", "everyOtherPartShipped"),
            form("(.+) \\(refund due\\)", "refundDue"),
            form("signed for", "signedFor"),
            form("buyer confirmed receipt", "buyerConfirmed"),
            form("bank transfer received", "bankTransferReceived"),
            form("cancelled by the buyer", "cancelledByBuyer"),
            form("online payment cancelled", "onlinePaymentCancelled"),
            form("paid online \\((\\S+)\\)", "paidOnline"),
            form("paid online \\((\\S+)\\) after its hold lapsed; pieces held again", "paidOnlineAfterLapse"),
            form("BANK_TRANSFER (\\S+) received on (\\S+)", "received.BANK_TRANSFER"),
            form("CASH_ON_DELIVERY (\\S+) received on (\\S+)", "received.CASH_ON_DELIVERY"),
            form("STRIPE (\\S+) received on (\\S+)", "received.STRIPE"),
            form("(\\d+) × (.+) returned, restocked: (.*)", "returnedRestocked"),
            form("(\\d+) × (.+) returned, written off: (.*)", "returnedWrittenOff"));

    private static final Pattern UNPAID = Pattern.compile("unpaid after (PT\\S+)");
    private static final Pattern REFUNDED = Pattern.compile(
            "refunded (\\S+) (?:\\(recorded\\)|through (\\S+))(, pieces back in stock|, pieces written off|, pieces partly back in stock)?(?:: (.*))?",
            Pattern.DOTALL);

    /** The reason a refund made from a buyer's return request carries (ReturnRequests.accept writes it). */
    private static final Pattern RETURN_REQUEST = Pattern.compile(
            "return request (\\d+): (DAMAGED|NOT_AS_DESCRIBED|WRONG_ITEM|CHANGED_MIND|OTHER)(?: — (.*))?",
            Pattern.DOTALL);

    private OrderNotes() {}

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** The note as phrases, or empty when it is a person's own words (shown as written). */
    public static Optional<List<Segment>> phrases(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        for (Form form : WHOLE) {
            Matcher m = form.pattern().matcher(note);
            if (m.matches()) {
                return Optional.of(List.of(new Segment(form.key(), groups(m))));
            }
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
            Matcher asked = RETURN_REQUEST.matcher(m.group(4));
            if (asked.matches()) {
                // the buyer's reason is a choice from a list, said in the page's language; her note stays hers
                segments.add(new Segment("returnRequest." + asked.group(2), List.of(asked.group(1))));
                if (asked.group(3) != null) {
                    segments.add(new Segment("reason", List.of(asked.group(3))));
                }
            } else {
                segments.add(new Segment("reason", List.of(m.group(4))));
            }
        }
        return segments;
    }

    private static List<String> groups(Matcher m) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            values.add(m.group(i));
        }
        return values;
    }
}
