package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.OrderNotes;
import cn.longyuan.market.application.StockReasons;
import cn.longyuan.market.application.brokerage.DeskNotes;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.stock.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts the services write in English, in the page's language: an order history note
 * ({@code #{orderNotes.text(h.note())}}), a stock ledger row's reason and kind ({@code #{orderNotes.reason(m)}},
 * {@code #{orderNotes.kind(m)}}) and a desk note ({@code #{orderNotes.deskNote(n)}}). A service's text is said as its
 * phrases; a person's words as she wrote them.
 */
@Named("orderNotes")
@ApplicationScoped
public class OrderNoteTexts {

    public String text(String note) {
        return said("order.note.", OrderNotes.phrases(note)).orElse(note);
    }

    /** A ledger row's reason: a service's in the page's language, a manager's as she typed it, none as "". */
    public String reason(StockMovement movement) {
        String reason = movement.reason();
        return said("ledger.reason.", StockReasons.phrases(reason)).orElse(reason == null ? "" : reason);
    }

    /** A ledger row's kind, an adjustment named a stocktake, a write-off or a correction by its reason. */
    public String kind(StockMovement movement) {
        String kind = StockReasons.kind(movement.kind(), movement.reason());
        return Objects.requireNonNullElse(PageMessages.text("movement." + kind), kind);
    }

    /** A desk note: the desk's own (claimed, handed back, assigned) in the page's language, a broker's as written. */
    public String deskNote(OrderNote note) {
        return said("desk.note.", DeskNotes.phrases(note.kind(), note.body())).orElse(note.body());
    }

    /** The phrases said with the bundle's keys under {@code prefix}; empty when any key is missing. */
    private static Optional<String> said(String prefix, Optional<List<OrderNotes.Segment>> phrases) {
        return phrases.map(segments -> segments.stream()
                        .map(s -> PageMessages.text(prefix + s.key(), s.args().toArray()))
                        .toList())
                .filter(texts -> texts.stream().allMatch(Objects::nonNull))
                .map(texts -> String.join("", texts));
    }
}
