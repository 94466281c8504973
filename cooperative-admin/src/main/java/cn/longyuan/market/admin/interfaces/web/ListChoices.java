package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cooperatives and products the back office's lists are filtered by, in the page's language, read once a request:
 * {@code #{listChoices.cooperatives}}, {@code #{listChoices.products(page.filter.cooperativeId)}}.
 */
@Named
@RequestScoped
public class ListChoices {

    @Inject
    private ChainReport report;

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private List<Choice> cooperatives;
    private final Map<Long, List<Choice>> products = new HashMap<>();

    /** A cooperative or a product to choose, by id (the type of the field it fills). */
    public record Choice(Long id, String name) {}

    public List<Choice> getCooperatives() {
        if (cooperatives == null) {
            cooperatives = report.cooperatives().stream()
                    .map(c -> new Choice(Long.valueOf(c.value()), c.label().in(language.getLocale())))
                    .toList();
        }
        return cooperatives;
    }

    /**
     * A manager's own products; federation staff's of the cooperative chosen (none before one is); a broker's the
     * cooperative's products on sale, which are those she deals in.
     */
    public List<Choice> products(Long cooperativeId) {
        return products.computeIfAbsent(Objects.requireNonNullElse(cooperativeId, 0L), key -> {
            if (user.actor().is(Role.BROKER)) {
                return cooperativeId == null
                        ? List.of()
                        : catalog.products(null, null, cooperativeId, 0, 100).items().stream()
                                .map(p -> new Choice(p.id(), p.name().in(language.getLocale())))
                                .toList();
            }
            return orders.productChoices(user.actor(), cooperativeId).stream()
                    .map(p -> new Choice(p.id(), p.name().in(language.getLocale())))
                    .toList();
        });
    }
}
