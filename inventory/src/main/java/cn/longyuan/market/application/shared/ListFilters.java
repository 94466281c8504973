package cn.longyuan.market.application.shared;

import cn.longyuan.market.domain.model.shared.MarketTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The checks the back office's lists share for their search and filters (orders, desk, quotes, income): a search
 * text of at most {@link #MAX_TEXT} characters, a constant by name, days from/to (China time, both included), ids.
 * Each adds what is wrong to a list of violations, so a list refuses every wrong parameter in one answer.
 */
public final class ListFilters {

    public static final int MAX_TEXT = 100;

    private ListFilters() {}

    /** The search text stripped, null when blank; "at most 100 characters" under {@code q} when longer. */
    public static String text(String text, List<FieldViolation> violations) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.length() > MAX_TEXT) {
            violations.add(new FieldViolation("q", "at most " + MAX_TEXT + " characters"));
        }
        return t;
    }

    /** A constant by its name, null when blank; "one of [...]" when it is none. */
    public static <E extends Enum<E>> E constant(
            Class<E> type, String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** An id as a query string gives it, null when blank; "a positive id" when it is not a number (see {@link #positive}). */
    public static Long id(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "a positive id"));
            return null;
        }
    }

    /** The id as given; "a positive id" when it is zero or less. */
    public static Long positive(String field, Long id, List<FieldViolation> violations) {
        if (id != null && id <= 0) {
            violations.add(new FieldViolation(field, "a positive id"));
        }
        return id;
    }

    /** "must not be before from" under {@code to} when the days are the wrong way round. */
    public static void range(LocalDate from, LocalDate to, List<FieldViolation> violations) {
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "must not be before from"));
        }
    }

    /** The first instant of the market's day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(MarketTime.ZONE).toInstant();
    }

    /** The first instant after the market's day (a range's end, excluded). */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant();
    }

    /** A VALIDATION refusal naming every violation, when there is one. */
    public static void refuseIfAny(List<FieldViolation> violations, String message) {
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Reason.VALIDATION, message, violations);
        }
    }
}
