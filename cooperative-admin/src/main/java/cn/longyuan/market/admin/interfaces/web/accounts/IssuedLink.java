package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.application.security.AccountAdministration;
import java.io.Serializable;

/**
 * The last set-password link made on the accounts page, with whose it is: shown once, until the next action, to
 * be handed to its owner (it is never shown again).
 */
public class IssuedLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private String link;
    private String forWhom;

    /** What an action issued: a link, or none when a password was given. */
    void show(AccountAdministration.Issued issued) {
        link = PasswordLinks.address(issued.link());
        forWhom = issued.link() == null ? null : issued.account().username();
    }

    void clear() {
        link = null;
        forWhom = null;
    }

    public String getLink() {
        return link;
    }

    public String getForWhom() {
        return forWhom;
    }
}
