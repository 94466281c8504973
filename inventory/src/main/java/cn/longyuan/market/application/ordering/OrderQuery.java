package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.Like;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * One page of orders (alias {@code o}) that a scope and an {@link OrderFilter} keep, newest first, and how many they
 * keep: the orders list and the broker's desk. The scope and the filter are conditions of the one query, so a filter
 * narrows the scope and never widens it.
 */
public final class OrderQuery {

    private OrderQuery() {}

    /**
     * @param scope JPQL conditions on {@code o}, joined with {@code and} ("1 = 1" for every order)
     * @param scopeParameters the values of the scope's named parameters
     */
    public static BackOfficeOrders.OrderPage page(
            EntityManager em,
            String scope,
            Map<String, Object> scopeParameters,
            OrderFilter filter,
            int first,
            int size) {
        OrderFilter f = filter == null ? OrderFilter.ANY : filter;
        StringBuilder where = new StringBuilder(" where (").append(scope).append(')');
        if (f.status() != null) {
            where.append(" and o.status = :status");
        }
        if (f.from() != null) {
            where.append(" and o.placedAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and o.placedAt < :until");
        }
        if (f.cooperativeId() != null) {
            where.append(" and exists (select fp from OrderPart fp where fp.order = o and fp.cooperativeId = :partOf)");
        }
        if (f.productId() != null) {
            where.append(" and exists (select fl from OrderLine fl where fl.order = o and fl.productId = :product)");
        }
        if (f.text() != null) {
            where.append(" and (lower(o.number) like :text escape '!' or lower(o.contact.name) like :text escape '!'"
                    + " or o.contact.phone like :text escape '!')");
        }
        var select = em.createQuery(
                "select o from CustomerOrder o" + where + " order by o.placedAt desc, o.id desc", CustomerOrder.class);
        var count = em.createQuery("select count(o) from CustomerOrder o" + where, Long.class);
        for (Query query : List.<Query>of(select, count)) {
            scopeParameters.forEach(query::setParameter);
            if (f.status() != null) {
                query.setParameter("status", f.status());
            }
            if (f.from() != null) {
                query.setParameter("from", ListFilters.startOf(f.from()));
            }
            if (f.to() != null) {
                query.setParameter("until", ListFilters.endOf(f.to()));
            }
            if (f.cooperativeId() != null) {
                query.setParameter("partOf", f.cooperativeId());
            }
            if (f.productId() != null) {
                query.setParameter("product", f.productId());
            }
            if (f.text() != null) {
                query.setParameter("text", Like.containing(f.text()));
            }
        }
        // the page's parts in one more query, not one per order
        List<CustomerOrder> items = select.setHint("eclipselink.batch", "o.parts")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        items.forEach(o -> o.parts().size());
        return new BackOfficeOrders.OrderPage(items, count.getSingleResult());
    }
}
