package cn.longyuan.market.web.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the system speaks. Chinese is the default: the programme's buyers and users are mostly
 * Chinese, and a request that says nothing (or asks for a language we do not have) gets Chinese — never
 * whatever the server's JVM locale happens to be.
 */
public enum SupportedLanguage {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    SupportedLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "zh", "zh-CN", "en", "en-GB" ... or null when the tag names no supported language. */
    public static SupportedLanguage fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (SupportedLanguage candidate : values()) {
            if (candidate.code.equals(language)) {
                return candidate;
            }
        }
        return null;
    }

    /** The best supported language for an Accept-Language header, by its weights; Chinese otherwise. */
    public static SupportedLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return ZH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            SupportedLanguage match = fromTag(range.getRange());
            if (match != null) {
                return match;
            }
        }
        return ZH;
    }

    /** An explicit choice (a ?lang= parameter) wins over the header. */
    public static SupportedLanguage choose(String explicit, String acceptLanguage) {
        SupportedLanguage chosen = fromTag(explicit);
        return chosen != null ? chosen : negotiate(acceptLanguage);
    }
}
