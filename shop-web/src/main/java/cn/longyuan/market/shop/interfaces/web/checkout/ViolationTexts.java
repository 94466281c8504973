package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service says about a field ({@link FieldViolation}, in English, for the API), said to a buyer in
 * the page's language: "required" and "at most N characters" in general words, everything else by the field
 * ({@code violation.contact.phone}), and a general "please check" for anything new.
 */
public final class ViolationTexts {

    private static final Pattern TOO_LONG = Pattern.compile("at most (\\d+) characters");
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[\\d+]");

    private ViolationTexts() {}

    public static String of(FieldViolation violation) {
        if ("required".equals(violation.message())) {
            return ShopTexts.text("violation.required");
        }
        Matcher tooLong = TOO_LONG.matcher(violation.message());
        if (tooLong.matches()) {
            return ShopTexts.text("violation.tooLong", Integer.parseInt(tooLong.group(1)));
        }
        String key = "violation." + LINE_FIELD.matcher(violation.field()).replaceAll("lines");
        return ShopTexts.hasText(key) ? ShopTexts.text(key) : ShopTexts.text("violation.invalid");
    }
}
