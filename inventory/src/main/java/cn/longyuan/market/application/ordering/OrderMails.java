package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.application.shared.MailMessage;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mails of one order, read from the database: to the order's contact address, in the language the buyer
 * placed it in, with links under {@code PUBLIC_BASE_URL}. Empty when the buyer gave no e-mail address.
 * In a transaction of its own: it runs on an executor thread after the order's transaction.
 */
@ApplicationScoped
@Transactional
public class OrderMails {

    private EntityManager em;
    private String baseUrl;
    private BankTransferPayee payee;

    protected OrderMails() {
        // for CDI proxies
    }

    @Inject
    public OrderMails(
            @MarketDatabase EntityManager em,
            @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080") String baseUrl,
            BankTransferPayee payee) {
        this.em = em;
        this.baseUrl = baseUrl;
        this.payee = payee;
    }

    public Optional<MailMessage> confirmation(long orderId, String accessToken) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        if (order == null || order.contact().email() == null) {
            return Optional.empty();
        }
        return Optional.of(OrderMail.confirmation(
                view(order), order.contact().email(), language(order), baseUrl, accessToken, payee.details()));
    }

    public Optional<MailMessage> shipment(OrderShipped shipped) {
        CustomerOrder order = em.find(CustomerOrder.class, shipped.orderId());
        if (order == null || order.contact().email() == null) {
            return Optional.empty();
        }
        Cooperative cooperative = em.find(Cooperative.class, shipped.cooperativeId());
        String language = language(order);
        String cooperativeName = cooperative == null ? "" : cooperative.name().in(Locale.forLanguageTag(language));
        return Optional.of(OrderMail.shipment(
                view(order),
                order.contact().email(),
                language,
                cooperativeName,
                shipped.carrier(),
                shipped.trackingNumber(),
                baseUrl));
    }

    private OrderView view(CustomerOrder order) {
        return OrderView.of(
                order, order.status(), id -> em.find(Cooperative.class, id).name());
    }

    private static String language(CustomerOrder order) {
        return "en".equals(order.language()) ? "en" : "zh";
    }
}
