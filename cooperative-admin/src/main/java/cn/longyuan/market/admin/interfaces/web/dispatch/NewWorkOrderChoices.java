package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.brokerage.Quote;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the dispatch page's new-work-order form offers the caller: whether she may open one at all, and from what —
 * a broker's accepted quotes, or a product.
 */
@Named
@RequestScoped
public class NewWorkOrderChoices {

    @Inject
    private PieceworkDispatch dispatch;

    @Inject
    private QuoteService quotes;

    @Inject
    private Actor actor;

    public boolean isMayOpen() {
        return dispatch.mayOpen(actor);
    }

    /** Whether the form offers quotes (they are brokers'). */
    public boolean isBroker() {
        return dispatch.opensFromQuotes(actor);
    }

    /** The broker's quotes whose work can be dispatched. */
    public List<Quote> getQuotes() {
        return quotes.dispatchable(actor);
    }

    /** Products a work order may be opened for. */
    public List<PieceworkDispatch.ProductChoice> getProducts() {
        return dispatch.productsToOpen(actor);
    }
}
