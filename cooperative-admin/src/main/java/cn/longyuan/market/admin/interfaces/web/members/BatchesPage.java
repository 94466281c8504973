package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.admin.interfaces.web.RowsModel;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.production.BatchQueries;
import cn.longyuan.market.application.production.BatchQueries.BatchRow;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.application.stock.StockQueries;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Production batches: record what an artisan made (refused, with the reason next to her name, when she has no
 * completed training in the product's craft), the list with trace codes, and each batch's sheet of QR tags.
 */
@Named
@ViewScoped
public class BatchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductionService production;

    @Inject
    private BatchQueries batches;

    @Inject
    private StockQueries stock;

    @Inject
    private StockOperations operations;

    @Inject
    private ArtisanRecords members;

    @Inject
    private BackOfficeUser user;

    private RowsModel<BatchRow> rows;
    private Long productId;
    private Long artisanId;
    private Integer quantity;
    private LocalDate madeOn = LocalDate.now(MarketTime.ZONE);
    private Long locationId;
    private String lastTraceCode;

    @PostConstruct
    void init() {
        rows = new RowsModel<BatchRow>(() -> batches.visibleTo(user.actor()), BatchRow::id)
                .column("traceCode", BatchRow::traceCode)
                .column("product", b -> b.product().zh() + " " + b.product().en())
                .column("artisan", BatchRow::artisan)
                .column("location", BatchRow::location)
                .column("quantity", BatchRow::quantity)
                .column("madeOn", BatchRow::madeOn)
                .column("recordedBy", BatchRow::recordedBy);
    }

    public void record() {
        try {
            Actor me = user.actor();
            ProductionBatch batch = production.record(
                    new ProductionService.RecordBatch(
                            productId == null ? 0 : productId,
                            artisanId == null ? 0 : artisanId,
                            quantity == null ? 0 : quantity,
                            madeOn,
                            locationId),
                    me.cooperativeScope(),
                    me.username());
            lastTraceCode = batch.traceCode().value();
            PageMessages.info("batches.recorded", batch.quantity(), lastTraceCode);
            rows.refresh();
            quantity = null;
        } catch (RequestRefusedException e) {
            PageMessages.refused(
                    e,
                    "record",
                    e.reason() == RequestRefusedException.Reason.NOT_TRAINED ? "batches.notTrained" : null);
        }
    }

    public List<StockQueries.ProductStock> getProducts() {
        return stock.visibleTo(user.actor(), null);
    }

    public List<ArtisanRecords.Member> getArtisans() {
        return members.members(user.actor()).stream()
                .filter(ArtisanRecords.Member::active)
                .toList();
    }

    public List<StockOperations.PlaceRef> getPlaces() {
        return operations.places(user.actor());
    }

    public RowsModel<BatchRow> getRows() {
        return rows;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getArtisanId() {
        return artisanId;
    }

    public void setArtisanId(Long artisanId) {
        this.artisanId = artisanId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getLastTraceCode() {
        return lastTraceCode;
    }
}
