package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.payment.PaymentReconciliation;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Online payments against the orders they pay, with what does not match (federation staff). */
@Path("v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PaymentsResource {

    @Inject
    private PaymentReconciliation reconciliation;

    public record Row(
            String order,
            String orderStatus,
            String orderTotal,
            String provider,
            String paymentIntent,
            String paymentStatus,
            String amount,
            String received,
            String refunded,
            String currency,
            String createdAt,
            List<String> mismatches) {}

    public record Reconciliation(List<Row> items, long total, long mismatched) {}

    @GET
    @Path("reconciliation")
    @RolesAllowed("FEDERATION")
    public Reconciliation reconciliation() {
        List<Row> rows = reconciliation.rows().stream()
                .map(r -> new Row(
                        r.orderNumber(),
                        r.orderStatus().name(),
                        text(r.orderTotal()),
                        r.provider(),
                        r.paymentRef(),
                        r.paymentStatus() == null ? null : r.paymentStatus().name(),
                        text(r.amount()),
                        text(r.received()),
                        text(r.refunded()),
                        Money.CURRENCY,
                        ApiTime.instant(r.createdAt()),
                        r.mismatches().stream().map(Enum::name).toList()))
                .toList();
        return new Reconciliation(
                rows,
                rows.size(),
                rows.stream().filter(r -> !r.mismatches().isEmpty()).count());
    }

    private static String text(Money money) {
        return money == null ? null : money.toDecimalString();
    }
}
