package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The dialog that gives part of a work order to a trained woman: who, how many, at what piece rate, by when. */
public class TaskForm {

    /** The service's fields and the inputs they are typed in (the product follows from the woman chosen). */
    static final Map<String, String> INPUTS = Map.of(
            "artisanId", "task:artisan",
            "productId", "task:artisan",
            "quantity", "task:quantity",
            "pieceRate", "task:rate",
            "dueOn", "task:dueOn");

    private Long artisanId;
    private Integer quantity;
    private BigDecimal pieceRate;
    private LocalDate dueOn;

    PieceworkDispatch.NewTask request() {
        return new PieceworkDispatch.NewTask(
                artisanId, null, quantity, pieceRate == null ? null : money(pieceRate), dueOn);
    }

    /** Proposes the day the task is due; a day the dispatcher has chosen stays. */
    void suggestDue(LocalDate day) {
        if (dueOn == null) {
            dueOn = day;
        }
    }

    /** The input allows 2 decimals; anything finer is not an amount of money (refused as no rate). */
    private static Money money(BigDecimal value) {
        try {
            return Money.of(value);
        } catch (IllegalArgumentException e) {
            return Money.ZERO;
        }
    }

    public Long getArtisanId() {
        return artisanId;
    }

    public void setArtisanId(Long artisanId) {
        this.artisanId = artisanId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPieceRate() {
        return pieceRate;
    }

    public void setPieceRate(BigDecimal pieceRate) {
        this.pieceRate = pieceRate;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
