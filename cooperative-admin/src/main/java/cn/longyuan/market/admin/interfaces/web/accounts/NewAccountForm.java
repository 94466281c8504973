package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.domain.model.cooperative.Role;
import java.io.Serializable;

/**
 * The new-account form: name, role, the cooperative of a manager, a given password (or none: a set-password
 * link is made instead) and, optionally, the e-mail address her notices go to. The cooperative goes with the request only for a manager, whatever the hidden field holds.
 */
public class NewAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private Role role = Role.COOP_MANAGER;
    private Long cooperativeId;
    private String password;
    private String email;

    AccountAdministration.NewAccount request() {
        return new AccountAdministration.NewAccount(
                username, displayName, role, role == Role.COOP_MANAGER ? cooperativeId : null, password, email);
    }

    /** After a success: empty for the next one, the role kept. */
    void clear() {
        username = displayName = password = email = null;
        cooperativeId = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
