package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.listing.ListingDraft;
import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Creating or editing one listing: names and rich-text descriptions in both languages, craft, price, publishing,
 * photos. The form remembers the version it was loaded at; a save after someone else's shows "changed by
 * someone else" next to the form and keeps what the user typed, so she can reload and redo it.
 */
@Named
@ViewScoped
public class ListingEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "listing";

    @Inject
    private ListingService listings;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String product;
    private Long productId;
    private long version;
    private final ListingFields fields = new ListingFields();
    private boolean published;
    private boolean notFound;
    private boolean stale;
    private final ListingPhotos photos = new ListingPhotos();
    private List<Craft> crafts;

    public void load() {
        if (crafts == null) {
            crafts = listings.crafts();
        }
        if (product == null || product.isBlank()) {
            return;
        }
        Long id = Ids.parse(product);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(product);
            }
            fill(listings.find(actor.get(), id));
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void fill(Product p) {
        productId = p.id();
        version = p.version();
        fields.fill(p);
        published = p.isPublished();
        photos.show(listings.photos(actor.get(), p.id()), p.imageUrl());
        stale = false;
    }

    public String save() {
        ListingDraft draft = fields.draft();
        try {
            if (productId == null) {
                long id = listings.create(actor.get(), draft);
                return "/listing?faces-redirect=true&created=1&product=" + id;
            }
            version = listings.update(actor.get(), productId, version, draft);
            fill(listings.find(actor.get(), productId));
            Refusals.info("listing.saved");
        } catch (RequestRefusedException e) {
            refused(e);
        }
        return null;
    }

    public void publish() {
        changePublished(true);
    }

    public void unpublish() {
        changePublished(false);
    }

    private void changePublished(boolean value) {
        try {
            version = listings.setPublished(actor.get(), productId, version, value);
            fill(listings.find(actor.get(), productId));
            Refusals.info(value ? "listing.publishedNow" : "listing.unpublishedNow");
        } catch (RequestRefusedException e) {
            refused(e);
        }
    }

    /** A refused save: said next to the form; a newer version (someone else's save) offers to reload. */
    private void refused(RequestRefusedException e) {
        stale = e.violations().stream().anyMatch(v -> v.field().equals(ListingService.VERSION_FIELD));
        Refusals.show(e, FORM);
    }

    /** Throws away the user's edits and shows the product as it is now (after someone else's change). */
    public void reload() {
        fill(listings.find(actor.get(), productId));
        Refusals.info("listing.reloaded");
    }

    public void upload() {
        try {
            listings.addPhoto(actor.get(), productId, photos.chosen());
            Product p = listings.find(actor.get(), productId);
            version = p.version();
            photos.show(listings.photos(actor.get(), productId), p.imageUrl());
            Refusals.info("listing.photoAdded");
        } catch (RequestRefusedException e) {
            Refusals.show(e, "photos");
        }
    }

    public boolean isMayEdit() {
        return actor.get().is(Role.COOP_MANAGER) && !notFound;
    }

    public String craftName(Craft c) {
        return c.name(language.getLocale());
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Long getProductId() {
        return productId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        // the version is the one this view loaded, kept by the bean; a posted value is ignored
    }

    public ListingFields getFields() {
        return fields;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }

    public ListingPhotos getPhotos() {
        return photos;
    }

    public List<Craft> getCrafts() {
        return crafts;
    }
}
