package cn.longyuan.market.admin.interfaces;

import cn.longyuan.market.application.audit.AuditDetails;
import cn.longyuan.market.application.brokerage.DeskNotes;
import cn.longyuan.market.application.ordering.OrderNotes;
import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.application.stock.StockReasons;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.web.i18n.SupportedLanguage;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The notes the services write in English said in one language, from the back office's bundles: an order history
 * note ({@code order.note.*}), a stock ledger row's reason ({@code ledger.reason.*}), a desk note
 * ({@code desk.note.*}), a refund's reason ({@code refund.why.*}) and an audit entry's change ({@code audit.detail.*}). A service's text is said as its phrases
 * ({@link OrderNotes}, {@link StockReasons}, {@link DeskNotes}); a person's own words come back as she wrote them,
 * and so does a text whose phrases the bundle lacks. The pages use it in the view's language
 * ({@code #{orderNotes…}}), the REST API in the asked one ({@code ?lang=}, Accept-Language).
 */
public final class PhraseTexts {

    static final String BUNDLE = "cn.longyuan.market.admin.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private PhraseTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in the given language (Chinese for one the bundles do not have). */
    public static PhraseTexts in(Locale locale) {
        SupportedLanguage language = SupportedLanguage.fromTag(locale == null ? null : locale.toLanguageTag());
        Locale spoken = (language == null ? SupportedLanguage.ZH : language).locale();
        return new PhraseTexts(
                ResourceBundle.getBundle(
                        BUNDLE,
                        spoken,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                spoken);
    }

    /** An order's history note. */
    public String orderNote(String note) {
        return said("order.note.", OrderNotes.phrases(note)).orElse(note);
    }

    /** A ledger row's reason; none is "". */
    public String ledgerReason(String reason) {
        return said("ledger.reason.", StockReasons.phrases(reason)).orElse(reason == null ? "" : reason);
    }

    /** A desk note: the desk's own (claimed, handed back, assigned) as phrases, a broker's as written. */
    public String deskNote(OrderNote.Kind kind, String body) {
        return said("desk.note.", DeskNotes.phrases(kind, body)).orElse(body);
    }

    /**
     * A refund's reason: the one the refund of a buyer's return request gets ("return request 12: DAMAGED — her
     * words") as the request and its reason of the list with her words as written; a manager's typed reason as she
     * typed it; none is "".
     */
    public String refundReason(String reason) {
        if (reason == null) {
            return "";
        }
        return said("refund.why.", StockReasons.returnRequest(reason)).orElse(reason);
    }

    /** An audit entry's change ("before → after", or what was done): the services' words said, values as recorded. */
    public String auditChange(String action, String detail) {
        return said("audit.detail.", AuditDetails.phrases(action, detail)).orElse(detail == null ? "" : detail);
    }

    /** The bundle's text of a key, or null when it has none. */
    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The phrases said with the bundle's keys under {@code prefix}; empty when any key is missing. */
    private Optional<String> said(String prefix, Optional<List<Segment>> phrases) {
        return phrases.map(segments -> segments.stream()
                        .map(s -> text(prefix + s.key(), s.args().toArray()))
                        .toList())
                .filter(texts -> texts.stream().allMatch(Objects::nonNull))
                .map(texts -> String.join("", texts));
    }
}
