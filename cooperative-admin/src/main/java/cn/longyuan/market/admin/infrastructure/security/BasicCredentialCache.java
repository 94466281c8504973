package cn.longyuan.market.admin.infrastructure.security;

import cn.longyuan.market.application.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful HTTP Basic check for a minute. PBKDF2 at 210,000 iterations costs about 0.1 s, too
 * much for every API call of a script; the cache key is a hash of name and password, so a changed password
 * or a wrong one never matches, and the password itself is never kept.
 */
@ApplicationScoped
public class BasicCredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    /** The actor and the account's version when her password was checked: a later change of the account ends the entry. */
    public record Checked(Actor actor, long accountVersion) {}

    private record Entry(Checked checked, long expiresAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Checked> get(String username, String password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || entry.expiresAtNanos() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(entry.checked());
    }

    public void put(String username, String password, Actor actor, long accountVersion) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(
                key(username, password),
                new Entry(new Checked(actor, accountVersion), System.nanoTime() + TTL.toNanos()));
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
