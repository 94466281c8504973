package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The federation's register of cooperatives ({@code /admin/cooperatives.xhtml}, federation staff only): register a
 * cooperative (it waits for approval), approve or suspend one. Only an approved cooperative's products are sold.
 */
@Named
@ViewScoped
public class CooperativesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CooperativeRegistry registry;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    /** Read again after a passivation rather than kept: the entries hold unserialisable texts. */
    private transient List<CooperativeRegistry.Entry> rows;

    private final NewCooperativeForm newCooperative = new NewCooperativeForm();

    /** The new manager's set-password link, shown once right after the approval that made her account. */
    private String managerLink;

    private String managerLinkFor;

    public List<CooperativeRegistry.Entry> getRows() {
        if (rows == null) {
            rows = registry.all(user.actor());
        }
        return rows;
    }

    public String name(CooperativeRegistry.Entry entry) {
        return entry.name().in(language.getLocale());
    }

    public void approve(long id, long version) {
        managerLink = managerLinkFor = null;
        try {
            CooperativeRegistry.Approval done = registry.approve(user.actor(), id, version);
            PageMessages.info("cooperatives.approved", name(done.cooperative()));
            if (done.managerLink() != null) {
                managerLink =
                        cn.longyuan.market.admin.interfaces.web.accounts.PasswordLinks.address(done.managerLink());
                managerLinkFor = done.managerLink().username();
            }
        } catch (RequestRefusedException refused) {
            if (refused.violations().stream().anyMatch(v -> v.field().equals("approver"))) {
                // the four-eyes rule: one message that says why, not the field note and the summary both
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, PageMessages.text("cooperatives.fourEyes"), null));
                faces.validationFailed();
            } else {
                PageMessages.refused(refused, "register", null);
            }
        }
        rows = null;
    }

    public void suspend(long id, long version) {
        try {
            CooperativeRegistry.Entry done = registry.suspend(user.actor(), id, version);
            PageMessages.info("cooperatives.suspended", name(done));
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "register", null);
        }
        rows = null;
    }

    public void register() {
        try {
            long id = registry.register(user.actor(), newCooperative.request());
            PageMessages.info("cooperatives.registered", name(registry.one(user.actor(), id)));
            newCooperative.clear();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "register", null);
        }
        rows = null;
    }

    public String getManagerLink() {
        return managerLink;
    }

    public String getManagerLinkFor() {
        return managerLinkFor;
    }

    public NewCooperativeForm getNewCooperative() {
        return newCooperative;
    }
}
