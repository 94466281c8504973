package cn.longyuan.market.domain.model.dispatch;

/** A work task's rule refused a change; {@code field} names the value at fault (as the request names it). */
public class TaskRuleException extends RuntimeException {

    private final String field;

    public TaskRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
