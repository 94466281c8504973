package cn.longyuan.market.domain.model.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address the market sends notices to (a back-office user's, for low stock). The form is the one a
 * browser's {@code type="email"} field accepts (WHATWG), with a dot in the domain as every reachable address has:
 * plain ASCII, so it can stand in a mail header as typed — no spaces, quotes, angle brackets or commas that would
 * make one field two recipients. At most {@link #MAX_LENGTH} characters, the column's width.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 200;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {}

    /** What is wrong with a typed address (already trimmed), in the services' words; empty when nothing is. */
    public static Optional<String> problem(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.of("required");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        if (!FORM.matcher(address).matches()) {
            return Optional.of("not an e-mail address");
        }
        return Optional.empty();
    }

    /** The address as stored: trimmed; a blank one is none (null). */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
