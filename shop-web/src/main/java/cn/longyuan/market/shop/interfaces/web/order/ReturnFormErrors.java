package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals of the return form that was posted, by field, in the buyer's language: each shown next to its field of
 * that line's form only. A refusal naming no field is the page's message instead (the bean says it).
 */
final class ReturnFormErrors {

    private static final Pattern TOO_LONG = Pattern.compile("at most (\\d+) characters");
    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+)");

    private final Map<String, String> byField = new LinkedHashMap<>();
    private Integer line;

    /** The form of this line was posted: its refusals are its own. */
    void posted(Integer lineNo) {
        line = lineNo;
    }

    void put(String field, String text) {
        byField.putIfAbsent(field, text);
    }

    /** Every field the service refused, each with its text (the photo's by the rule it broke). */
    void putAll(RequestRefusedException refused) {
        for (FieldViolation v : refused.violations()) {
            if (PhotoCheck.FIELD.equals(v.field())) {
                put(v.field(), ShopTexts.text(photoRefusalKey(v.message())));
                continue;
            }
            put(v.field(), text(v));
        }
    }

    /**
     * A refusal in her language only (the service's words are English, for the API): the field's own text, with the
     * number when the service gives a bound, and a general "please check" for anything the page does not know.
     */
    static String text(FieldViolation v) {
        String message = v.message() == null ? "" : v.message();
        Matcher tooLong = TOO_LONG.matcher(message);
        if (tooLong.matches()) {
            return ShopTexts.text("violation.tooLong", Integer.parseInt(tooLong.group(1)));
        }
        if ("quantity".equals(v.field())) {
            Matcher atMost = AT_MOST.matcher(message);
            if (atMost.matches()) {
                return ShopTexts.text("return.violation.quantity.atMost", Integer.parseInt(atMost.group(1)));
            }
            if (message.startsWith("every piece")) {
                return ShopTexts.text("return.violation.quantity.allRefunded");
            }
        }
        if ("lineId".equals(v.field()) && !message.contains("open")) {
            return ShopTexts.text("violation.invalid");
        }
        String key = "return.violation." + v.field();
        return ShopTexts.hasText(key) ? ShopTexts.text(key) : ShopTexts.text("violation.invalid");
    }

    /** The refusal of a field of the line's form that was posted, or null. */
    String of(int lineNo, String field) {
        return line != null && line == lineNo ? byField.get(field) : null;
    }

    /**
     * The text of the photo check's refusal in her language: its English message names the rule broken (size,
     * SVG, pixels, unreadable, type), the same words the back office's listing page reads.
     */
    static String photoRefusalKey(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        String kind = m.contains("5 mb")
                ? ".tooLarge"
                : m.contains("svg")
                        ? ".svg"
                        : m.contains("pixels")
                                ? ".dimensions"
                                : m.contains("not a readable") ? ".unreadable" : m.contains("only jpeg") ? ".type" : "";
        return "return.violation.photo" + kind;
    }
}
