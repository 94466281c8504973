package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import java.util.ArrayList;
import java.util.List;

/** {@code page} from 0 and {@code size} 1..100 (20 by default), as api.md fixes them; anything else is a 400. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size) {
        List<FieldViolation> violations = new ArrayList<>();
        Paging paging = read(page, size, violations);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Reason.VALIDATION, "Invalid paging.", violations);
        }
        return paging;
    }

    /**
     * Reads the paging and adds what is wrong with it to {@code violations} (the default for a wrong one), for a
     * call that reports its other parameters' mistakes in the same answer.
     */
    public static Paging read(String page, String size, List<FieldViolation> violations) {
        int p = parse(page, 0, Integer.MAX_VALUE / MAX_SIZE, 0, "page", violations);
        int s = parse(size, 1, MAX_SIZE, DEFAULT_SIZE, "size", violations);
        return new Paging(p, s);
    }

    private static int parse(
            String text, int min, int max, int fallback, String field, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        violations.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
