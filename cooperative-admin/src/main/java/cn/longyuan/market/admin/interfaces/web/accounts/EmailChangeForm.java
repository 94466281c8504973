package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.application.security.AccountAdministration;
import java.io.Serializable;

/**
 * The e-mail editor of the accounts page: whose address her notices (low stock) go to, and the new one (empty
 * removes it). Open while {@link #getAccount()} names someone.
 */
public class EmailChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String email;

    /** Opens the editor for one account, with the address she has. */
    void open(AccountAdministration.AccountView of) {
        account = of.username();
        email = of.email();
    }

    void close() {
        account = null;
        email = null;
    }

    public String getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
