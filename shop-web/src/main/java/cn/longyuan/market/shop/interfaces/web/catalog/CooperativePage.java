package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;

/**
 * A cooperative's public page, {@code /cooperatives/{id}}: its name, township and story, and the pieces it lists.
 * An id that names no cooperative is the shop's 404 page.
 */
@Named
@RequestScoped
public class CooperativePage {

    @Inject
    private CatalogProfiles profiles;

    @Inject
    @Param(pathIndex = 0)
    private String idInPath;

    private CatalogProfiles.CooperativeProfile profile;
    private List<ProductCard> products = List.of();

    public void load() throws IOException {
        Long id = idInPath == null ? null : Ids.parse(idInPath.strip());
        profile = id == null ? null : profiles.cooperative(id).orElse(null);
        if (profile == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such cooperative");
            faces.responseComplete();
            return;
        }
        products = profile.products().stream().map(ProductCard::of).toList();
    }

    public long getId() {
        return profile.id();
    }

    public String getName() {
        return ShopTexts.in(profile.name());
    }

    /** The township in the page's language (the search link filters by its recorded name). */
    public String getTownship() {
        return ShopTexts.in(profile.townshipName());
    }

    /** The search for every piece of this township. */
    public String getTownshipUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search?township="
                + java.net.URLEncoder.encode(profile.township(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The summary for search results: whose pieces, from where. */
    public String getMetaDescription() {
        return ShopTexts.text("meta.cooperative", getName(), getTownship());
    }

    public String getStory() {
        return profile.story().map(ShopTexts::in).orElse(null);
    }

    public List<ProductCard> getProducts() {
        return products;
    }
}
