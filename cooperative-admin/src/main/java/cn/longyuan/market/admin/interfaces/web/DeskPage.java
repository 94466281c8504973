package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.BrokerDesk;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The broker's order desk: an order of hers with its notes of contact, a note form and handing back, and claiming an
 * open order; the lists are {@link DeskListPage}'s. Federation staff see every broker's orders, read-only but for notes.
 */
@Named
@RequestScoped
public class DeskPage {

    @Inject
    private BrokerDesk desk;

    @Inject
    private Actor actor;

    private String number;
    private CustomerOrder selected;
    private List<OrderNote> notes = List.of();
    private boolean notFound;
    private String noteText;
    private String reason;

    /**
     * Loads before the request's values are applied, not in the view action: on a postback the forms are only
     * decoded (and their actions only run) when the order they sit in is there. The number comes from the address, or from the hidden field of the form that was sent.
     */
    @PostConstruct
    void init() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        number = firstOf(parameters.get("number"), parameters.get("note:number"), parameters.get("handBack:number"));
        reload();
    }

    private void reload() {
        selected = null;
        notes = List.of();
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            selected = desk.handled(actor, number);
            notes = desk.notes(actor, number);
        } catch (RequestRefusedException e) {
            notFound = true;
        }
    }

    /** The view action: the same answer as for a thing that does not exist, with its status. */
    public void load() {
        if (notFound) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    public String claim(String orderNumber) {
        try {
            desk.claim(actor, orderNumber);
            return "/desk.xhtml?faces-redirect=true&number=" + orderNumber;
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, Map.of());
            reload();
            return null;
        }
    }

    public String addNote() {
        try {
            desk.addNote(actor, number, noteText);
            return "/desk.xhtml?faces-redirect=true&number=" + number;
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, Map.of("text", "note:text"));
            reload();
            return null;
        }
    }

    public String handBack() {
        try {
            desk.handBack(actor, number, reason);
            return "/desk.xhtml?faces-redirect=true";
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, Map.of("reason", "handBack:reason"));
            reload();
            return null;
        }
    }

    public boolean isBroker() {
        return actor.is(Role.BROKER);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CustomerOrder getSelected() {
        return selected;
    }

    public List<OrderNote> getNotes() {
        return notes;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
