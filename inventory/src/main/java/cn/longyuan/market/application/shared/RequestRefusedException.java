package cn.longyuan.market.application.shared;

import java.util.List;

/**
 * A request the business rules refuse, and why. The interfaces turn the reason into their own answer
 * (an HTTP status and error code; a message next to a field), and the violations say which fields were at
 * fault, named as in the request ("lines[0].quantity").
 */
public class RequestRefusedException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason {
        /** fields are missing, malformed or out of range */
        VALIDATION,
        /** no such thing, or not one the caller may see */
        NOT_FOUND,
        /** the caller may see the thing but not do this to it */
        FORBIDDEN,
        /** some lines cannot be served from the stock on hand; nothing was reserved */
        OUT_OF_STOCK,
        /** what was asked does not fit where the thing is in its life */
        INVALID_STATE,
        /** the idempotency key was used before for another request */
        IDEMPOTENCY_KEY_REUSED,
        /** the artisan has no completed training in the product's craft */
        NOT_TRAINED,
        /** the amount differs from what is due */
        AMOUNT_MISMATCH,
        /** a dependency (the payment provider) is down or too slow; trying again later may work */
        UNAVAILABLE
    }

    private final Reason reason;
    private final List<FieldViolation> violations;

    public RequestRefusedException(Reason reason, String message, List<FieldViolation> violations) {
        super(message);
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    public RequestRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public static RequestRefusedException invalid(String field, String message) {
        return new RequestRefusedException(
                Reason.VALIDATION, field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public static RequestRefusedException notFound(String what) {
        return new RequestRefusedException(Reason.NOT_FOUND, what);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
