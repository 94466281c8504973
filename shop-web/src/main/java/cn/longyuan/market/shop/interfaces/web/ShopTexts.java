package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts the pages' beans put together, in the language of the page being answered: labels from the
 * {@code msg} bundle (messages_zh / messages_en), prices in yuan, dates and times as buyers in China read them.
 * <p>
 * Usage: {@code ShopTexts.text("stock.fewLeft", 2)} → "仅剩 2 件"; {@code ShopTexts.price(money)} → "¥68.00".
 */
public final class ShopTexts {

    /** Dates and times of the chain are those of Gansu, whatever the server's zone. */
    public static final ZoneId CHINA = MarketTime.ZONE;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShopTexts() {}

    /** The page's language, as the view was built with it (LanguagePreference). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return faces.getApplication().getDefaultLocale();
    }

    /** A text of the bundle; with arguments, a {@link MessageFormat} pattern. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Whether the bundle has a text for the key. */
    public static boolean hasText(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    public static String in(BilingualText text) {
        return text == null ? null : text.in(locale());
    }

    /** "¥68.00": yuan with two decimals, as every shop in China shows a price. */
    public static String price(Money amount) {
        return "¥" + amount.toDecimalString();
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(CHINA));
    }
}
