package cn.longyuan.market.domain.model.production;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code printed as a QR on a piece's tag (溯源码). Permanent once printed, and not guessable: ten
 * characters drawn by a secure random generator from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 48 bits, so that nobody can walk the codes to list the artisans.
 */
public record TraceCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TraceCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a trace code: " + value);
        }
    }

    public static TraceCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TraceCode(code.toString());
    }

    /** Reads a code as a person may type it from a tag: any case, with spaces or dashes. */
    public static java.util.Optional<TraceCode> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String normalised = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalised).matches()
                ? java.util.Optional.of(new TraceCode(normalised))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
