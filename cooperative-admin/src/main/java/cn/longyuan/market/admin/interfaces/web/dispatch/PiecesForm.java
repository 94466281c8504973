package cn.longyuan.market.admin.interfaces.web.dispatch;

import java.util.Map;

/** Pieces a woman brought back, as checked: how many accepted, how many rejected and why. */
public class PiecesForm {

    /** The service's fields and the inputs they are typed in. */
    static final Map<String, String> INPUTS =
            Map.of("accepted", "pieces:accepted", "rejected", "pieces:rejected", "rejectReason", "pieces:reason");

    private Long task;
    private Integer accepted;
    private Integer rejected;
    private String reason;

    /** The task chosen, or -1 (no such task: refused by the service like any unknown one). */
    long taskOrNone() {
        return task == null ? -1 : task;
    }

    int acceptedOrNone() {
        return accepted == null ? 0 : accepted;
    }

    int rejectedOrNone() {
        return rejected == null ? 0 : rejected;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public void setAccepted(Integer accepted) {
        this.accepted = accepted;
    }

    public Integer getRejected() {
        return rejected;
    }

    public void setRejected(Integer rejected) {
        this.rejected = rejected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
