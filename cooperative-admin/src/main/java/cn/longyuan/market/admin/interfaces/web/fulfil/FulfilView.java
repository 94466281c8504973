package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.OrderActions;
import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.StatusChange;
import java.util.List;

/**
 * An order as its page shows it to the user, read at once: the order, her part of it (a cooperative manager's; null
 * for federation staff), what she may do with it now, the pick list, the returns and the income split of its sales
 * (her part's; federation staff every part's).
 */
public record FulfilView(
        CustomerOrder order,
        OrderPart ownPart,
        OrderActions actions,
        List<OrderFulfilment.PickLine> pickList,
        List<OrderFulfilment.ReturnLine> returns,
        List<IncomeLedger.SplitLine> split) {

    /** The bundle key of a history entry's status: the order's, or a part's. */
    public String historyStatusKey(StatusChange change) {
        return (change.cooperativeId() == null ? "status." : "part.") + change.toStatus();
    }

    /** Her part's lines; federation staff every line. */
    public List<OrderLine> ownLines() {
        return ownPart == null ? order.lines() : order.linesOf(ownPart.cooperativeId());
    }
}
