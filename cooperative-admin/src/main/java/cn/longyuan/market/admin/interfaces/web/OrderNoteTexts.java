package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.admin.interfaces.PhraseTexts;
import cn.longyuan.market.application.stock.StockReasons;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.stock.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * The texts the services write in English, in the page's language ({@link PhraseTexts}): an order history note
 * ({@code #{orderNotes.text(h.note())}}), a stock ledger row's reason and kind ({@code #{orderNotes.reason(m)}},
 * {@code #{orderNotes.kind(m)}}) and a desk note ({@code #{orderNotes.deskNote(n)}}). A service's text is said as
 * its phrases; a person's words as she wrote them.
 */
@Named("orderNotes")
@ApplicationScoped
public class OrderNoteTexts {

    public String text(String note) {
        return texts().orderNote(note);
    }

    /** A ledger row's reason: a service's in the page's language, a manager's as she typed it, none as "". */
    public String reason(StockMovement movement) {
        return texts().ledgerReason(movement.reason());
    }

    /** A ledger row's kind, an adjustment named a stocktake, a write-off or a correction by its reason. */
    public String kind(StockMovement movement) {
        String kind = StockReasons.kind(movement.kind(), movement.reason());
        return Objects.requireNonNullElse(PageMessages.text("movement." + kind), kind);
    }

    /** A desk note: the desk's own (claimed, handed back, assigned) in the page's language, a broker's as written. */
    public String deskNote(OrderNote note) {
        return texts().deskNote(note.kind(), note.body());
    }

    /** An audit entry's change in the page's language ({@code #{orderNotes.auditChange(r.action(), r.detail())}}). */
    public String auditChange(String action, String detail) {
        return texts().auditChange(action, detail);
    }

    private static PhraseTexts texts() {
        return PhraseTexts.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
