package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.ordering.AddressBook;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Her address book ({@code /account/addresses.xhtml}): the addresses with the default first; add one, change
 * one, delete one, choose the default. Province and city are chosen from China's lists, the city from the
 * province's. Only her own addresses: another id is "not found".
 */
@Named
@ViewScoped
public class AddressBookPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "address";

    /** An address as the list shows it. */
    public record Row(
            long id,
            String recipient,
            String phone,
            String place,
            String district,
            String line,
            String postcode,
            boolean isDefault)
            implements Serializable {}

    @Inject
    private AddressBook book;

    @Inject
    private CurrentBuyer buyer;

    private List<Row> rows = List.of();
    private Long editing;
    private boolean formShown;
    private final AddressFields fields = new AddressFields();

    @PostConstruct
    void read() {
        rows = book.of(buyer.accountId()).stream()
                .map(a -> {
                    BuyerAddress.Details d = a.details();
                    return new Row(
                            a.id(),
                            d.recipient(),
                            d.phone(),
                            RegionOptions.place(d.province(), d.city()),
                            d.district(),
                            d.line(),
                            d.postcode(),
                            a.isDefault());
                })
                .toList();
    }

    public void startNew() {
        editing = null;
        fields.fill(new BuyerAddress.Details(buyer.getDisplayName(), null, "甘肃省", null, null, null, null));
        formShown = true;
    }

    public void edit(long id) {
        try {
            BuyerAddress address = book.find(buyer.accountId(), id);
            editing = id;
            fields.fill(address.details());
            formShown = true;
        } catch (RequestRefusedException notFound) {
            message(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("address.notFound"));
        }
    }

    public void save() {
        BuyerAddress.Details details = fields.details();
        try {
            if (editing == null) {
                book.add(buyer.accountId(), details);
            } else {
                book.change(buyer.accountId(), editing, details);
            }
            message(null, FacesMessage.SEVERITY_INFO, ShopTexts.text("address.saved"));
            formShown = false;
            editing = null;
            read();
        } catch (RequestRefusedException refused) {
            if (refused.reason() == RequestRefusedException.Reason.NOT_FOUND) {
                message(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("address.notFound"));
                return;
            }
            for (FieldViolation v : refused.violations()) {
                message(FORM + ":" + v.field(), FacesMessage.SEVERITY_ERROR, AddressFields.violationText(v));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (jakarta.persistence.PersistenceException
                | jakarta.transaction.TransactionalException changedMeanwhile) {
            // another tab changed the address since this one read it
            message(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("address.changedMeanwhile"));
            read();
        }
    }

    public void cancel() {
        formShown = false;
        editing = null;
    }

    public void delete(long id) {
        try {
            book.delete(buyer.accountId(), id);
            message(null, FacesMessage.SEVERITY_INFO, ShopTexts.text("address.deleted"));
        } catch (RequestRefusedException notFound) {
            message(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("address.notFound"));
        }
        read();
    }

    public void makeDefault(long id) {
        try {
            book.makeDefault(buyer.accountId(), id);
        } catch (RequestRefusedException notFound) {
            message(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("address.notFound"));
        }
        read();
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isFormShown() {
        return formShown;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public AddressFields getFields() {
        return fields;
    }
}
