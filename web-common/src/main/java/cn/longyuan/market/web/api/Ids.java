package cn.longyuan.market.web.api;

/**
 * Ids as the APIs show them: opaque strings. Inside they are positive numbers; a path or field that is not
 * one names nothing (404 in a path, a violation in a body), never a server error.
 */
public final class Ids {

    private Ids() {}

    public static String of(long id) {
        return Long.toString(id);
    }

    /** The id, or null for anything that cannot be one of ours. */
    public static Long parse(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long id = Long.parseLong(text);
        return id > 0 ? id : null;
    }
}
