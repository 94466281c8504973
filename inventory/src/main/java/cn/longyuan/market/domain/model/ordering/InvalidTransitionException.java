package cn.longyuan.market.domain.model.ordering;

/** An order or a part was asked to move to a status its life does not allow from where it is. */
public class InvalidTransitionException extends RuntimeException {
    public InvalidTransitionException(String message) {
        super(message);
    }
}
