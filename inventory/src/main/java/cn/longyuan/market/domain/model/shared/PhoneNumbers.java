package cn.longyuan.market.domain.model.shared;

/**
 * Phone numbers the back office accepts for an artisan: a mainland mobile number (11 digits starting 13–19,
 * optionally after +86) or a landline with its area code (0937-1234567). Spaces and dashes are ignored.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** The number without spaces; null for a blank one. */
    public static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return phone.strip().replace(" ", "");
    }

    public static boolean isValid(String phone) {
        String p = normalise(phone);
        return p != null && (p.matches("(\\+86-?)?1[3-9]\\d{9}") || p.matches("0\\d{2,3}-?\\d{7,8}"));
    }
}
