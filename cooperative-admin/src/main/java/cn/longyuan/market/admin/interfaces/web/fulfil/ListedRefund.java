package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.admin.interfaces.PhraseTexts;
import cn.longyuan.market.admin.interfaces.web.Formats;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.domain.model.payment.Refund;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One refund of an order as its page lists it: when, how much, which pieces (back in stock or not), by whom, why —
 * the reason of a buyer's return request in the page's language with her own words, a manager's as she typed it.
 */
public record ListedRefund(
        int seq, String at, String amount, String lines, String by, String providerRef, String reason) {

    /** The refunds of the outlook, their pieces named by their lines in the page's language. */
    static List<ListedRefund> of(Refunds.Outlook outlook, Locale locale) {
        Map<Integer, String> names = outlook.lines().stream()
                .collect(Collectors.toMap(
                        l -> l.line().lineNo(), l -> l.line().name().in(locale)));
        Formats formats = new Formats();
        PhraseTexts texts = PhraseTexts.in(locale);
        return outlook.refunds().stream()
                .map(r -> new ListedRefund(
                        r.seq(),
                        formats.time(r.createdAt()),
                        r.amount().toDecimalString(),
                        pieces(r, names),
                        r.actor(),
                        r.providerRef(),
                        texts.refundReason(r.reason())))
                .toList();
    }

    private static String pieces(Refund refund, Map<Integer, String> names) {
        return refund.pieces().stream()
                .map(p -> names.getOrDefault(p.lineNo(), "#" + p.lineNo()) + " × " + p.quantity() + " ("
                        + PageMessages.text(p.restock() ? "refund.restocked" : "refund.writtenOff")
                        + ")")
                .collect(Collectors.joining("; "));
    }
}
