package cn.longyuan.market.application.shared;

/**
 * A mail to send: the address, the subject and the plain-text body. The services compose it (an order's, an account's,
 * a low-stock warning); the infrastructure's mailer sends it after commit.
 */
public record MailMessage(String to, String subject, String body) {}
