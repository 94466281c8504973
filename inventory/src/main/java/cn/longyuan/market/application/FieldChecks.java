package cn.longyuan.market.application;

import cn.longyuan.market.domain.model.shared.PlainText;

import java.util.List;

/** The checks every request's text fields share: given or not, printable, within a length. */
public final class FieldChecks {

    private FieldChecks() {
    }

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
}
