package cn.longyuan.market.application.buyers;

import cn.longyuan.market.application.shared.MailMessage;
import cn.longyuan.market.domain.model.shared.MarketTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The mails of a buyer's account, plain text in her language ({@code account_mail_zh} / {@code _en}): the reset link. */
public final class AccountMail {

    private static final ZoneId CHINA = MarketTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AccountMail() {}

    /** The page that sets the new password, with the link's token. */
    public static String resetLink(String baseUrl, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/reset-password.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static MailMessage passwordReset(PasswordResetRequested request, String baseUrl) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "cn.longyuan.market.application.buyers.account_mail",
                "en".equals(request.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String body = format(texts, "reset.greeting", request.displayName()) + "\n\n"
                + format(texts, "reset.intro", request.email()) + "\n\n"
                + resetLink(baseUrl, request.token()) + "\n\n"
                + format(texts, "reset.expires", time(request.expiresAt())) + "\n"
                + format(texts, "reset.ignore") + "\n\n"
                + format(texts, "signature") + "\n";
        return new MailMessage(request.email(), format(texts, "reset.subject"), body);
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(CHINA)) + " (UTC+8)";
    }
}
