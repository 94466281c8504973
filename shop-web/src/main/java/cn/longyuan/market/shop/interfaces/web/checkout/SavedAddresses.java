package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.shop.interfaces.web.account.RegionOptions;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A logged-in buyer's saved addresses at checkout (her default first), as the choices of the address menu, and the
 * one she chose (at first her default).
 */
public final class SavedAddresses implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<Long, BuyerAddress.Details> byId = new LinkedHashMap<>();
    private Long chosenId;

    /** Her addresses in the address book's order; the first, her default, is chosen. */
    void fill(List<BuyerAddress> addresses) {
        addresses.forEach(a -> byId.put(a.id(), a.details()));
        chosenId = byId.keySet().stream().findFirst().orElse(null);
    }

    /** The address chosen, if it is one of hers. */
    Optional<BuyerAddress.Details> chosen() {
        return Optional.ofNullable(chosenId == null ? null : byId.get(chosenId));
    }

    /** "recipient · province city line" for each. */
    public List<SelectItem> getChoices() {
        return byId.entrySet().stream().map(SavedAddresses::choice).toList();
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }

    private static SelectItem choice(Map.Entry<Long, BuyerAddress.Details> entry) {
        BuyerAddress.Details d = entry.getValue();
        return new SelectItem(
                entry.getKey(), d.recipient() + " · " + RegionOptions.place(d.province(), d.city()) + " " + d.line());
    }
}
