package cn.longyuan.market.admin.interfaces.web;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' usual words about a field (in English, for the API) in the page's language when the bundle has no
 * text of that field: "required", "at most N characters", "from A to B", "at most N", "at least N". Any other words
 * stay the service's own.
 */
public final class ViolationWords {

    private static final Pattern TOO_LONG = Pattern.compile("at most (\\d+) characters");
    private static final Pattern RANGE = Pattern.compile("from (-?[\\d.]+) to (-?[\\d.]+)");
    private static final Pattern AT_MOST = Pattern.compile("at most (-?[\\d.]+)");
    private static final Pattern AT_LEAST = Pattern.compile("at least (-?[\\d.]+)");

    private ViolationWords() {}

    /** The message said with the page's bundle ({@link PageMessages#text}); the message itself when none fits. */
    public static String of(String message) {
        return of(message, PageMessages::text);
    }

    /** @param texts the bundle: key and arguments to its text, null when it has none */
    static String of(String message, BiFunction<String, Object[], String> texts) {
        if (message == null) {
            return null;
        }
        String said = null;
        Matcher tooLong = TOO_LONG.matcher(message);
        Matcher range = RANGE.matcher(message);
        Matcher atMost = AT_MOST.matcher(message);
        Matcher atLeast = AT_LEAST.matcher(message);
        if (message.equals("required")) {
            said = texts.apply("violation.required", new Object[0]);
        } else if (tooLong.matches()) {
            said = texts.apply("violation.tooLong", new Object[] {tooLong.group(1)});
        } else if (range.matches()) {
            said = texts.apply("violation.range", new Object[] {range.group(1), range.group(2)});
        } else if (atMost.matches()) {
            said = texts.apply("violation.atMost", new Object[] {atMost.group(1)});
        } else if (atLeast.matches()) {
            said = texts.apply("violation.atLeast", new Object[] {atLeast.group(1)});
        }
        return said != null ? said : message;
    }
}
