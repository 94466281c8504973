package cn.longyuan.market.web.api;

import cn.longyuan.market.web.i18n.SupportedLanguage;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API answer: {@code ?lang=zh|en}, else Accept-Language, else Chinese (api.md). */
public final class RequestLocale {

    private RequestLocale() {}

    public static Locale of(String lang, HttpHeaders headers) {
        return SupportedLanguage.choose(
                        lang, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .locale();
    }
}
