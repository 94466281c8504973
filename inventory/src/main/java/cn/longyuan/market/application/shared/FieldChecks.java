package cn.longyuan.market.application.shared;

import cn.longyuan.market.domain.model.shared.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The checks every request's text fields share: given or not, printable, within a length. */
public final class FieldChecks {

    private FieldChecks() {}

    /** A text that must be given: "required" when blank, else as {@link #optional}. */
    public static void required(List<FieldViolation> violations, String field, String value, int max) {
        if (isBlank(value)) {
            violations.add(new FieldViolation(field, "required"));
        } else {
            optional(violations, field, value, max);
        }
    }

    /** A text that may be absent (null); when there, no forbidden character and at most {@code max} characters. */
    public static void optional(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (!PlainText.isAcceptable(value)) {
            violations.add(new FieldViolation(field, PlainText.whyForbidden(value)));
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " characters"));
        }
    }

    /** Nothing a reader could see: empty, spaces, or only zero-width and filler characters. */
    public static boolean isBlank(String s) {
        return s == null || !PlainText.hasVisibleCharacter(s);
    }

    /** A day as a query string gives it (YYYY-MM-DD), or null when blank; null and "a date YYYY-MM-DD" when it is not one. */
    public static LocalDate date(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "a date YYYY-MM-DD"));
            return null;
        }
    }
}
