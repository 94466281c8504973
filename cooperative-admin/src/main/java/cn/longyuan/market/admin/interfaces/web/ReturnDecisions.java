package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyers' return requests of an order, on its page ({@code fulfil.xhtml}): what she asked back and why, and for
 * an open one "accept" (the refund of those pieces, back to stock or written off as chosen here, by
 * {@link ReturnRequests#accept}, which uses the back office's refund) or "decline" with a reason she reads. A manager
 * sees her cooperative's lines' requests only, with the buyer's photo when she attached one ({@link
 * ReturnPhotoServlet}). After a decision the page is loaded again.
 */
@Named
@ViewScoped
public class ReturnDecisions implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "returns";

    /** One request as the page lists it. */
    public record Listed(
            long id,
            int lineNo,
            String product,
            int quantity,
            String reasonCode,
            String note,
            String statusCode,
            String at,
            String decidedBy,
            String declineReason,
            Integer refundSeq,
            boolean hasPhoto)
            implements Serializable {

        public boolean isOpen() {
            return "REQUESTED".equals(statusCode);
        }
    }

    @Inject
    private ReturnRequests returns;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String number;
    private List<Listed> rows = List.of();
    private final HashMap<Long, Boolean> restock = new HashMap<>();
    private final HashMap<Long, String> declineReasons = new HashMap<>();

    /** Reads the order's requests; the page's own view action has already answered 404 for another's order. */
    public void load(String orderNumber) {
        number = orderNumber;
        try {
            rows = returns.ofOrder(actor.get(), number).stream()
                    .map(r -> new Listed(
                            r.id(),
                            r.lineNo(),
                            r.product() == null ? "#" + r.lineNo() : r.product().in(language.getLocale()),
                            r.quantity(),
                            r.reason().name(),
                            r.note(),
                            r.status().name(),
                            new Formats().time(r.createdAt()),
                            r.decidedBy(),
                            r.declineReason(),
                            r.refundSeq(),
                            r.hasPhoto()))
                    .toList();
        } catch (RequestRefusedException e) {
            rows = List.of();
        }
        rows.forEach(r -> restock.putIfAbsent(r.id(), !"DAMAGED".equals(r.reasonCode())));
    }

    /** The photo's thumbnail and full addresses, with the back office's context path. */
    public String photoThumbnail(long requestId) {
        return contextPath() + ReturnPhotoServlet.thumbnailUrl(requestId);
    }

    public String photo(long requestId) {
        return contextPath() + ReturnPhotoServlet.url(requestId);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public boolean isShown() {
        return !rows.isEmpty();
    }

    public List<Listed> getRows() {
        return rows;
    }

    /** Back to stock (true) or written off, per request; a damaged piece is written off unless she chooses. */
    public Map<Long, Boolean> getRestock() {
        return restock;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }

    public String accept(long id) {
        try {
            var done = returns.accept(actor.get(), id, Boolean.TRUE.equals(restock.get(id)));
            PageMessages.info("returns.accepted", done.quantity(), done.refundSeq());
            return reload();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, FORM, null);
            return null;
        }
    }

    public String decline(long id) {
        try {
            returns.decline(actor.get(), id, declineReasons.get(id));
            PageMessages.info("returns.declined");
            return reload();
        } catch (RequestRefusedException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            int index = rows.stream().map(Listed::id).toList().indexOf(id);
            for (FieldViolation v : refused.violations()) {
                String text = PageMessages.text("returns.violation." + v.field());
                faces.addMessage(
                        FORM + ":list:" + index + ":declineReason",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text == null ? v.message() : text, null));
            }
            PageMessages.refused(new RequestRefusedException(refused.reason(), refused.getMessage()), FORM, null);
            return null;
        }
    }

    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/fulfil?faces-redirect=true&number=" + number;
    }
}
