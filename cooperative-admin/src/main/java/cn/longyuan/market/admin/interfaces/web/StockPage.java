package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockQueries;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * One product's stock on {@code stock.xhtml} ({@code product}; the list of products is {@link StockListPage}'s): its
 * places and its ledger, one page at a time
 * from the database with the running balance per place ({@link LedgerRowsModel}), optionally of one place
 * ({@code place}).
 */
@Named
@RequestScoped
public class StockPage {

    @Inject
    private StockQueries stock;

    @Inject
    private Actor actor;

    private String product;
    private String place;
    private Long placeId;
    private StockQueries.ProductStock selected;
    private LedgerRowsModel ledger;
    private boolean notFound;
    private boolean loaded;

    /** Called by f:viewAction once the view parameter is set. */
    public void load() {
        loaded = true;
        if (product == null || product.isBlank()) {
            return;
        }
        Long id = Ids.parse(product);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(product);
            }
            selected = stock.visibleTo(actor, id).get(0);
            placeId = place == null || place.isBlank() ? null : Ids.parse(place);
            long productId = id;
            Long chosen = placeId;
            ledger = new LedgerRowsModel((first, size) -> stock.ledgerPage(actor, productId, chosen, first, size));
            // a request-scoped page's model is new on an export's postback: the exporter reads its row count first
            ledger.setRowCount(ledger.count(Map.of()));
        } catch (RequestRefusedException e) {
            notFound = true;
            // the same answer as for a thing that does not exist: the page says so, the status is 404
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(404);
        }
    }

    /** On an export's postback the view action has not run: load with the product the form sends again. */
    private void loadOnPostback() {
        if (!loaded && Postbacks.isPostback()) {
            product = Postbacks.parameter("product");
            place = Postbacks.parameter("place");
            load();
        }
    }

    /** Place names by id, for the ledger's rows: every place the product has a stock level at, as its ledger. */
    public Map<Long, String> getPlaceNames() {
        loadOnPostback();
        if (selected == null) {
            return Map.of();
        }
        return selected.places().stream()
                .collect(Collectors.toMap(
                        StockQueries.PlaceStock::locationId, p -> p.name().in(Faces.getLocale()), (a, b) -> a));
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public StockQueries.ProductStock getSelected() {
        loadOnPostback();
        return selected;
    }

    public LedgerRowsModel getLedger() {
        loadOnPostback();
        return ledger;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The place the ledger is narrowed to (null: every place). */
    public Long getPlaceId() {
        loadOnPostback();
        return placeId;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
