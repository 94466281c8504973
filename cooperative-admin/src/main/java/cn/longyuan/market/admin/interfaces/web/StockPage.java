package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.StockQueries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.stock.StockMovement;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stock per product and place of the user's cooperative, and — for one product — its ledger. */
@Named
@RequestScoped
public class StockPage {

    static final int LEDGER_ROWS = 200;

    @Inject
    private StockQueries stock;

    @Inject
    private Actor actor;

    private String product;
    private List<StockQueries.ProductStock> products;
    private StockQueries.ProductStock selected;
    private List<StockMovement> ledger = List.of();
    private boolean notFound;
    private boolean loaded;

    /** Called by f:viewAction once the view parameter is set. */
    public void load() {
        loaded = true;
        products = stock.visibleTo(actor, null);
        if (product == null || product.isBlank()) {
            return;
        }
        Long id = Ids.parse(product);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(product);
            }
            selected = stock.visibleTo(actor, id).get(0);
            ledger = stock.ledger(actor, id, LEDGER_ROWS);
        } catch (RequestRefusedException e) {
            notFound = true;
            // the same answer as for a thing that does not exist: the page says so, the status is 404
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(404);
        }
    }

    /** The product's places as one text, for the exports: "place: on hand / reserved; …". */
    public String placesText(StockQueries.ProductStock product) {
        return product.places().stream()
                .map(p -> p.name().zh() + ": " + p.onHand() + " / " + p.reserved())
                .collect(Collectors.joining("; "));
    }

    /** On an export's postback the view action has not run: load with the product the form sends again. */
    private void loadOnPostback() {
        if (!loaded && Postbacks.isPostback()) {
            product = Postbacks.parameter("product");
            load();
        }
    }

    /** Place names by id, for the ledger's rows. */
    public Map<Long, String> getPlaceNames() {
        loadOnPostback();
        return products.stream()
                .flatMap(p -> p.places().stream())
                .collect(Collectors.toMap(
                        StockQueries.PlaceStock::locationId, p -> p.name().zh(), (a, b) -> a));
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public List<StockQueries.ProductStock> getProducts() {
        loadOnPostback();
        return products;
    }

    public StockQueries.ProductStock getSelected() {
        loadOnPostback();
        return selected;
    }

    public List<StockMovement> getLedger() {
        loadOnPostback();
        return ledger;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
