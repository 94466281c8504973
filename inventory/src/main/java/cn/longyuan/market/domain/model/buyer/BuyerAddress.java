package cn.longyuan.market.domain.model.buyer;

import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An address in a buyer's address book: who receives the parcel, her phone, and where in mainland China
 * (province and city as {@link cn.longyuan.market.domain.model.ordering.ChinaRegions} names them). One of a
 * buyer's addresses may be her default, which the checkout chooses first.
 */
@Entity
@Table(name = "buyer_address")
@NamedQuery(
        name = BuyerAddress.OF_ACCOUNT,
        query = "select a from BuyerAddress a where a.accountId = :account order by a.isDefault desc, a.id")
public class BuyerAddress {

    public static final String OF_ACCOUNT = "BuyerAddress.ofAccount";

    /** What the buyer types; checked by the address book service. */
    public record Details(
            String recipient, String phone, String province, String city, String district, String line, String postcode)
            implements java.io.Serializable {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String line;
    private String postcode;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BuyerAddress() {
        // for JPA
    }

    public BuyerAddress(long accountId, Details details, Instant createdAt) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        change(details);
    }

    public void change(Details d) {
        this.recipient = d.recipient();
        this.phone = d.phone();
        this.province = d.province();
        this.city = d.city();
        this.district = d.district();
        this.line = d.line();
        this.postcode = d.postcode();
    }

    public void makeDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public ShippingAddress asShippingAddress() {
        return new ShippingAddress("CN", province, city, district, line, postcode);
    }

    public Details details() {
        return new Details(recipient, phone, province, city, district, line, postcode);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public long version() {
        return version;
    }
}
