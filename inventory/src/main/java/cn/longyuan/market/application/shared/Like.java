package cn.longyuan.market.application.shared;

import java.util.Locale;

/** A JPQL {@code like} pattern that finds a typed text anywhere, its wildcards taken literally ({@code escape '!'}). */
public final class Like {

    private Like() {}

    /** "%text%" in lower case, with '!', '%' and '_' escaped by '!'. */
    public static String containing(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }
}
