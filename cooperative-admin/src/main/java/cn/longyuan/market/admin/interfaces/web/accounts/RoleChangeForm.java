package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.domain.model.cooperative.Role;
import java.io.Serializable;

/**
 * The role editor of the accounts page: whose role changes, to what, and for a manager which cooperative. Open
 * while {@link #getAccount()} names someone. The cooperative goes with the change only for a manager, whatever
 * the field still holds from an earlier choice.
 */
public class RoleChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private Role role;
    private Long cooperativeId;

    /** Opens the editor for one account, with the role and cooperative she has. */
    void open(AccountAdministration.AccountView of) {
        account = of.username();
        role = of.role();
        cooperativeId = of.cooperativeId();
    }

    void close() {
        account = null;
    }

    Long cooperativeOfChange() {
        return role == Role.COOP_MANAGER ? cooperativeId : null;
    }

    public String getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }
}
