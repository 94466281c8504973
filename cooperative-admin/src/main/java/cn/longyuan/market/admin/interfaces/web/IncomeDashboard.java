package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.ResourceBundle;

/** The dashboard's income part: sales and income paid this month, and a chart of the last six months. */
@Named
@RequestScoped
public class IncomeDashboard {

    @Inject
    private IncomeLedger income;

    @Inject
    private Actor actor;

    private List<IncomeLedger.MonthFigures> months;

    public boolean isShown() {
        return actor.is(Role.COOP_MANAGER) || actor.is(Role.FEDERATION);
    }

    private List<IncomeLedger.MonthFigures> months() {
        if (months == null) {
            months = income.lastMonths(actor, 6);
        }
        return months;
    }

    public IncomeLedger.MonthFigures getThisMonth() {
        return months().getLast();
    }

    /** A Chart.js bar chart (PrimeFaces' p:chart takes its JSON): sales and income paid out per month, in yuan. */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sales = Json.createArrayBuilder();
        JsonArrayBuilder paid = Json.createArrayBuilder();
        for (IncomeLedger.MonthFigures m : months()) {
            labels.add(m.month().toString());
            sales.add(new java.math.BigDecimal(m.sales().toDecimalString()));
            paid.add(new java.math.BigDecimal(m.paidOut().toDecimalString()));
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
                                                        .add("label", msg.getString("dashboard.sales"))
                                                        .add("data", sales)
                                                        .add("backgroundColor", "#7a1f1a"))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", msg.getString("dashboard.incomePaid"))
                                                        .add("data", paid)
                                                        .add("backgroundColor", "#d9a441"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false))
                .build()
                .toString();
    }
}
