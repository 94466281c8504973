package cn.longyuan.market.application.buyers;

import java.time.Instant;

/**
 * A buyer asked for a password-reset link: the mail to send once the request has committed. The token is the
 * link's secret, here only on its way to her mailbox; the database has its hash.
 */
public record PasswordResetRequested(
        String email, String displayName, String token, String language, Instant expiresAt) {}
