package cn.longyuan.market.domain.model.ordering;

/**
 * An order sent as a gift (礼品): the buyer's message for the person who receives it, or null when she wrote none.
 * The packing slip of a gift shows the message and no prices, since it travels in the box to someone else.
 */
public record Gift(String message) {

    /** A gift card's worth of text; the column has the same size. */
    public static final int MAX_MESSAGE = 200;

    /**
     * The gift a form asks for, or null for none: ticked, or a message written (a message is only written for a
     * gift, and dropping it for a forgotten tick would be worse than sending a gift she meant).
     */
    public static Gift asked(boolean ticked, String message) {
        boolean written = message != null && !message.isBlank();
        return ticked || written ? new Gift(written ? message : null) : null;
    }

    public boolean hasMessage() {
        return message != null && !message.isBlank();
    }

    /** The message's lines, for a page or a slip that writes one line at a time. */
    public java.util.List<String> messageLines() {
        return hasMessage() ? message.strip().lines().toList() : java.util.List.of();
    }
}
