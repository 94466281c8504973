package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.AccountEmails;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The back-office accounts ({@code /admin/accounts.xhtml}, federation staff only): create one, disable or enable it,
 * reset it, change its role, set the e-mail address her notices (low stock) go to. A set-password link is shown once, right after it was made, to be handed to its owner.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Role> ROLES = List.of(Role.COOP_MANAGER, Role.BROKER, Role.FEDERATION);

    @Inject
    private AccountAdministration accounts;

    @Inject
    private AccountEmails emails;

    @Inject
    private CooperativeRegistry registry;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private transient List<AccountAdministration.AccountView> rows;
    private transient List<CooperativeRegistry.Entry> cooperatives;

    private final NewAccountForm newAccount = new NewAccountForm();
    private final RoleChangeForm roleChange = new RoleChangeForm();
    private final EmailChangeForm emailChange = new EmailChangeForm();
    private final IssuedLink issued = new IssuedLink();

    public List<AccountAdministration.AccountView> getRows() {
        if (rows == null) {
            rows = accounts.all(user.actor());
        }
        return rows;
    }

    public List<CooperativeRegistry.Entry> getCooperatives() {
        if (cooperatives == null) {
            cooperatives = registry.all(user.actor());
        }
        return cooperatives;
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    public String cooperativeName(AccountAdministration.AccountView account) {
        return account.cooperativeName() == null
                ? ""
                : account.cooperativeName().in(language.getLocale());
    }

    public String cooperativeName(CooperativeRegistry.Entry entry) {
        return entry.name().in(language.getLocale());
    }

    public boolean isSelf(AccountAdministration.AccountView account) {
        return account.id() == user.actor().accountId();
    }

    public void create() {
        issued.clear();
        try {
            AccountAdministration.Issued made = accounts.create(user.actor(), newAccount.request());
            issued.show(made);
            PageMessages.info(
                    made.link() == null ? "accounts.createdWithPassword" : "accounts.created",
                    made.account().username());
            newAccount.clear();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "create", null);
        }
        rows = null;
    }

    public void disable(String account) {
        act(() -> {
            accounts.disable(user.actor(), account);
            PageMessages.info("accounts.disabled", account);
        });
    }

    public void enable(String account) {
        act(() -> {
            accounts.enable(user.actor(), account);
            PageMessages.info("accounts.enabled", account);
        });
    }

    public void reset(String account) {
        act(() -> {
            issued.show(accounts.reset(user.actor(), account, null));
            PageMessages.info("accounts.reset", account);
        });
    }

    /** Opens the role dialog's fields for one account. */
    public void editRole(AccountAdministration.AccountView account) {
        roleChange.open(account);
    }

    public void changeRole() {
        act(() -> {
            String account = roleChange.getAccount();
            accounts.changeRole(user.actor(), account, roleChange.getRole(), roleChange.cooperativeOfChange());
            PageMessages.info("accounts.roleChanged", account);
            roleChange.close();
        });
    }

    /** Opens the e-mail editor for one account, with the address she has. */
    public void editEmail(AccountAdministration.AccountView account) {
        issued.clear();
        emailChange.open(account);
    }

    public void changeEmail() {
        issued.clear();
        try {
            AccountAdministration.AccountView changed =
                    emails.change(user.actor(), emailChange.getAccount(), emailChange.getEmail());
            PageMessages.info(
                    changed.email() == null ? "accounts.emailRemoved" : "accounts.emailChanged", changed.username());
            emailChange.close();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "address", null);
        }
        rows = null;
    }

    private void act(Runnable action) {
        issued.clear();
        try {
            action.run();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "role", null);
        }
        rows = null;
    }

    public IssuedLink getIssued() {
        return issued;
    }

    public NewAccountForm getNewAccount() {
        return newAccount;
    }

    public RoleChangeForm getRoleChange() {
        return roleChange;
    }

    public EmailChangeForm getEmailChange() {
        return emailChange;
    }
}
