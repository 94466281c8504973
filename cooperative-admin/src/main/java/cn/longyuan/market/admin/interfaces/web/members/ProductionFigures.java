package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.production.BatchQueries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/**
 * The dashboard's production and stock part: pieces produced this month, the stock's worth at list prices,
 * products low on stock, and a bar chart of the pieces produced in the last six months (a Chart.js model for
 * {@code p:chart}).
 */
@Named
@RequestScoped
public class ProductionFigures {

    @Inject
    private BatchQueries batches;

    @Inject
    private StockOperations operations;

    @Inject
    private Actor actor;

    private BatchQueries.Figures figures;

    public boolean isShown() {
        return actor.is(Role.COOP_MANAGER) || actor.is(Role.FEDERATION);
    }

    private BatchQueries.Figures figures() {
        if (figures == null) {
            figures = batches.figures(actor, operations.lowStock(actor).size());
        }
        return figures;
    }

    public int getPiecesThisMonth() {
        return figures().piecesThisMonth();
    }

    public String getStockValue() {
        return Money.ofFen(figures().stockValueFen()).toDecimalString();
    }

    public int getLowStockProducts() {
        return figures().lowStockProducts();
    }

    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<String, Integer> month : figures().piecesByMonth().entrySet()) {
            labels.add(month.getKey());
            data.add(month.getValue());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", PageMessages.text("dashboard.piecesProduced"))
                                                        .add("data", data)
                                                        .add("backgroundColor", "#7a1f1a"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
