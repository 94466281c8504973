package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeEntries;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** One entry of the income ledger as its list shows it (kept with the view, so plain values; amounts signed). */
public record IncomeRow(
        long id,
        Instant at,
        IncomeEntry.Kind kind,
        Long artisanId,
        String artisan,
        long cooperativeId,
        String reference,
        String product,
        String traceCode,
        int quantity,
        String sale,
        String artisanShare,
        String cooperativeShare)
        implements Serializable {

    static IncomeRow of(IncomeEntries.EntryRow e, Locale locale) {
        return new IncomeRow(
                e.id(),
                e.at(),
                e.kind(),
                e.artisanId(),
                e.artisan(),
                e.cooperativeId(),
                e.reference(),
                e.product().in(locale),
                e.traceCode(),
                e.quantity(),
                e.signedSale(),
                e.signedArtisanShare(),
                e.signedCooperativeShare());
    }
}
