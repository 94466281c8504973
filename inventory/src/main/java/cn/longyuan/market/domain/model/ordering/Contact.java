package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who to reach about an order. */
@Embeddable
public record Contact(
        @Column(name = "contact_name") String name,
        @Column(name = "contact_phone") String phone,
        @Column(name = "contact_email") String email) {}
