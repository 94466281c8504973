package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.application.listing.ListingService.ListingRow;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The cooperative's listings: a lazy table filtered by name, craft and published, sorted and paged in the database. */
@Named
@ViewScoped
public class ListingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListingService listings;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private LazyDataModel<ListingRow> model;
    private List<Craft> crafts;

    @PostConstruct
    void init() {
        crafts = listings.crafts();
        model = new Model();
    }

    public boolean isMayEdit() {
        return actor.get().is(Role.COOP_MANAGER);
    }

    public LazyDataModel<ListingRow> getModel() {
        return model;
    }

    public List<Craft> getCrafts() {
        return crafts;
    }

    public String craftName(Craft craft) {
        return craft.name(language.getLocale());
    }

    /** The thumbnail of the listing's uploaded photo (back-office address), or null for none or a placeholder. */
    public String thumbnail(ListingRow row) {
        String prefix = "/images/photos/";
        if (row.imageUrl() == null || !row.imageUrl().startsWith(prefix)) {
            return null;
        }
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestContextPath() + "/photos/"
                + row.imageUrl().substring(prefix.length()).replace(".jpg", "-thumb.jpg");
    }

    public String text(cn.longyuan.market.domain.model.shared.BilingualText text) {
        return text == null ? "" : text.in(language.getLocale());
    }

    private final class Model extends LazyDataModel<ListingRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) listings.page(actor.get(), filter(filterBy), null, true, 0, 1)
                    .total();
        }

        @Override
        public List<ListingRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ListingService.SortBy sort = ListingService.SortBy.CREATED;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "name" -> ListingService.SortBy.NAME;
                    case "price" -> ListingService.SortBy.PRICE;
                    default -> ListingService.SortBy.CREATED;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            ListingService.ListingPage page =
                    listings.page(actor.get(), filter(filterBy), sort, ascending, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ListingRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ListingRow getRowData(String rowKey) {
            return null;
        }

        private ListingService.ListingFilter filter(Map<String, FilterMeta> filterBy) {
            String text = value(filterBy, "name");
            String craft = value(filterBy, "craft");
            String published = value(filterBy, "published");
            return new ListingService.ListingFilter(
                    text, craft, published == null || published.isBlank() ? null : Boolean.valueOf(published));
        }

        private static String value(Map<String, FilterMeta> filterBy, String field) {
            FilterMeta meta = filterBy.get(field);
            return meta == null || meta.getFilterValue() == null
                    ? null
                    : meta.getFilterValue().toString();
        }
    }
}
