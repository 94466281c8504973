package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.Optional;

/** The buyer logged in for this request, if any, as the pages ask for her ({@code #{currentBuyer.loggedIn}}). */
@Named
@RequestScoped
public class CurrentBuyer {

    @Inject
    private BuyerAccounts accounts;

    private Optional<BuyerAccounts.Buyer> buyer;

    public Optional<BuyerAccounts.Buyer> get() {
        if (buyer == null) {
            // the request's principal, which BuyerSessionFilter gives a logged-in session (error pages too)
            FacesContext faces = FacesContext.getCurrentInstance();
            Principal caller = faces == null ? null : faces.getExternalContext().getUserPrincipal();
            buyer = caller == null ? Optional.empty() : accounts.byLogin(caller.getName());
        }
        return buyer;
    }

    /** Her account id; only on pages only a logged-in buyer reaches. */
    public long accountId() {
        return get().orElseThrow(() -> new IllegalStateException("no buyer is logged in"))
                .accountId();
    }

    public boolean isLoggedIn() {
        return get().isPresent();
    }

    public String getDisplayName() {
        return get().map(BuyerAccounts.Buyer::displayName).orElse(null);
    }
}
