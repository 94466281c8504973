package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.BuyerRequests;
import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Buyers' requests for pieces none of which is in stock ({@code /requests.xhtml}): a manager reads her cooperative's,
 * federation staff everyone's; open ones first; "answered" once she has contacted the buyer.
 */
@Named
@RequestScoped
public class RequestsPage {

    @Inject
    private BuyerRequests requests;

    @Inject
    private Actor actor;

    @Inject
    private ReturnRequests returns;

    private List<ReturnRequests.Row> openReturns;

    private boolean withAnswered;
    private List<BuyerRequests.Row> rows;

    public void load() {
        rows = requests.requests(actor, withAnswered);
    }

    public void answer(long id) {
        try {
            requests.answer(actor, id);
            PageMessages.info("requests.answeredDone", id);
        } catch (RequestRefusedException refused) {
            Refusals.show(refused, "requests");
        }
        load();
    }

    public List<BuyerRequests.Row> getRows() {
        if (rows == null) { // a postback (an export, an answer): the view action has not run
            withAnswered = "true".equals(Postbacks.parameter("all"));
            load();
        }
        return rows;
    }

    /** The buyers' open return requests she decides (on each order's page), oldest first. */
    public List<ReturnRequests.Row> getOpenReturns() {
        if (openReturns == null) {
            openReturns = returns.open(actor);
        }
        return openReturns;
    }

    /** The thumbnail and the photo of a return request that has one ({@link ReturnPhotoServlet}). */
    public String photoThumbnail(long requestId) {
        return contextPath() + ReturnPhotoServlet.thumbnailUrl(requestId);
    }

    public String photo(long requestId) {
        return contextPath() + ReturnPhotoServlet.url(requestId);
    }

    private static String contextPath() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestContextPath();
    }

    public boolean isWithAnswered() {
        return withAnswered;
    }

    public void setWithAnswered(boolean withAnswered) {
        this.withAnswered = withAnswered;
    }
}
