package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.RequestRefusedException;

/**
 * The {@code Idempotency-Key} header of a call that places an order (the public API and a broker's phone order):
 * required, at most 200 characters, visible ASCII only — it is stored and compared, and a UUID or any client's
 * own key scheme fits; a control character or a stray space inside would make two "equal" keys differ.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** The column the key is kept in is 200 characters long. */
    static final int MAX_LENGTH = 200;

    private IdempotencyKey() {}

    /** The key as it is kept (without surrounding spaces); VALIDATION naming the header otherwise. */
    public static String read(String header) {
        return read(header, MAX_LENGTH);
    }

    /** As {@link #read(String)}, for a caller that keeps the key with a prefix of its own and so allows fewer characters. */
    public static String read(String header, int maxLength) {
        if (header == null || header.isBlank()) {
            throw RequestRefusedException.invalid(HEADER, "required header: a unique key per order, reused on retries");
        }
        String key = header.strip();
        if (key.length() > maxLength) {
            throw RequestRefusedException.invalid(HEADER, "at most " + maxLength + " characters");
        }
        if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw RequestRefusedException.invalid(HEADER, "visible ASCII characters only, such as a UUID");
        }
        return key;
    }
}
