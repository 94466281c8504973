package cn.longyuan.market.admin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's public address ({@code PUBLIC_BASE_URL}), for links the back office gives to buyers: the tracking
 * link a broker sends after a phone order. Optional because an empty value counts as missing.
 */
@ApplicationScoped
public class ShopAddress {

    public static final String DEFAULT = "http://localhost:8080";

    private String base;

    protected ShopAddress() {
        // for CDI proxies
    }

    @Inject
    public ShopAddress(@ConfigProperty(name = "PUBLIC_BASE_URL") Optional<String> configured) {
        String value = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT);
        this.base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The order page a buyer opens with her order's access token. */
    public String orderPage(String number, String accessToken) {
        return base + "/order.xhtml?number=" + number + "&token=" + accessToken;
    }
}
