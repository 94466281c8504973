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
 * An artisan's public profile, {@code /artisans/{id}}: her display name, her story and photo, her levels and
 * completed trainings, her cooperative and the pieces she made. Only for a woman who consented to a public profile;
 * for anyone else, as for an unknown id, the shop's 404 page — the page does not even tell that she exists.
 */
@Named
@RequestScoped
public class ArtisanPage {

    @Inject
    private CatalogProfiles profiles;

    @Inject
    @Param(pathIndex = 0)
    private String idInPath;

    private CatalogProfiles.ArtisanProfile profile;
    private MakerCard maker;
    private List<ProductCard> products = List.of();

    public void load() throws IOException {
        Long id = idInPath == null ? null : Ids.parse(idInPath.strip());
        profile = id == null ? null : profiles.artisan(id).orElse(null);
        if (profile == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no public profile");
            faces.responseComplete();
            return;
        }
        maker = MakerCard.of(profile.maker(), true);
        products = profile.products().stream().map(ProductCard::of).toList();
    }

    public MakerCard getMaker() {
        return maker;
    }

    public String getCooperative() {
        return ShopTexts.in(profile.cooperativeName());
    }

    public long getCooperativeId() {
        return profile.cooperativeId();
    }

    public List<ProductCard> getProducts() {
        return products;
    }
}
