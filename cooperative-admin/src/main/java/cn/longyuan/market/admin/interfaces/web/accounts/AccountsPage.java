package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The back-office accounts ({@code /admin/accounts.xhtml}, federation staff only): create one, disable or enable it,
 * reset it, change its role. A set-password link is shown once, right after it was made, to be handed to its owner.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Role> ROLES = List.of(Role.COOP_MANAGER, Role.BROKER, Role.FEDERATION);

    @Inject
    private AccountAdministration accounts;

    @Inject
    private CooperativeRegistry registry;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private transient List<AccountAdministration.AccountView> rows;
    private transient List<CooperativeRegistry.Entry> cooperatives;

    private final NewAccountForm newAccount = new NewAccountForm();
    /** The last link made, with whose it is: shown until the next action. */
    private String issuedLink;

    private String issuedFor;

    private String roleOf;
    private Role newRole;
    private Long newCooperativeId;

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
        clearIssued();
        try {
            AccountAdministration.Issued issued = accounts.create(user.actor(), newAccount.request());
            show(issued);
            PageMessages.info(
                    issued.link() == null ? "accounts.createdWithPassword" : "accounts.created",
                    issued.account().username());
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
            show(accounts.reset(user.actor(), account, null));
            PageMessages.info("accounts.reset", account);
        });
    }

    /** Opens the role dialog's fields for one account. */
    public void editRole(AccountAdministration.AccountView account) {
        roleOf = account.username();
        newRole = account.role();
        newCooperativeId = account.cooperativeId();
    }

    public void changeRole() {
        act(() -> {
            accounts.changeRole(user.actor(), roleOf, newRole, newRole == Role.COOP_MANAGER ? newCooperativeId : null);
            PageMessages.info("accounts.roleChanged", roleOf);
            roleOf = null;
        });
    }

    private void act(Runnable action) {
        clearIssued();
        try {
            action.run();
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "role", null);
        }
        rows = null;
    }

    private void show(AccountAdministration.Issued issued) {
        issuedLink = PasswordLinks.address(issued.link());
        issuedFor = issued.link() == null ? null : issued.account().username();
    }

    private void clearIssued() {
        issuedLink = null;
        issuedFor = null;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public NewAccountForm getNewAccount() {
        return newAccount;
    }

    public String getRoleOf() {
        return roleOf;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public Long getNewCooperativeId() {
        return newCooperativeId;
    }

    public void setNewCooperativeId(Long newCooperativeId) {
        this.newCooperativeId = newCooperativeId;
    }
}
