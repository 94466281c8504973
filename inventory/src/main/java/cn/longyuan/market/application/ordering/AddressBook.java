package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.domain.model.ordering.ChinaRegions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A buyer's address book: add, change, delete, choose the default. Addresses are in mainland China, Hong Kong,
 * Macao or Taiwan: the province is one of the 34 of {@link ChinaRegions} and the city one of that province's.
 * Another buyer's address, or none, is "not found" alike. Her first address becomes her default.
 */
@ApplicationScoped
@Transactional
public class AddressBook {

    public static final int MAX_ADDRESSES = 20;
    private static final Pattern PHONE = Pattern.compile("(1[3-9]\\d{9})|(\\+\\d{7,15})|(0\\d{9,11})");
    private static final Pattern CN_POSTCODE = Pattern.compile("\\d{6}");

    private EntityManager em;
    private Clock clock;

    protected AddressBook() {
        // for CDI proxies
    }

    @Inject
    public AddressBook(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Her addresses, the default first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BuyerAddress> of(long accountId) {
        return em.createNamedQuery(BuyerAddress.OF_ACCOUNT, BuyerAddress.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BuyerAddress find(long accountId, long addressId) {
        BuyerAddress address = em.find(BuyerAddress.class, addressId);
        if (address == null || !address.belongsTo(accountId)) {
            throw RequestRefusedException.notFound("No such address.");
        }
        return address;
    }

    public BuyerAddress add(long accountId, BuyerAddress.Details details) {
        BuyerAddress.Details clean = checked(details);
        List<BuyerAddress> existing = of(accountId);
        if (existing.size() >= MAX_ADDRESSES) {
            throw RequestRefusedException.invalid("address", "at most " + MAX_ADDRESSES + " addresses");
        }
        BuyerAddress address = new BuyerAddress(accountId, clean, clock.instant());
        address.makeDefault(existing.isEmpty());
        em.persist(address);
        em.flush();
        return address;
    }

    public BuyerAddress change(long accountId, long addressId, BuyerAddress.Details details) {
        BuyerAddress.Details clean = checked(details);
        BuyerAddress address = find(accountId, addressId);
        address.change(clean);
        return address;
    }

    /** Deletes the address; when it was the default, her oldest other address becomes the default. */
    public void delete(long accountId, long addressId) {
        BuyerAddress address = find(accountId, addressId);
        boolean wasDefault = address.isDefault();
        em.remove(address);
        em.flush();
        if (wasDefault) {
            of(accountId).stream().findFirst().ifPresent(a -> a.makeDefault(true));
        }
    }

    public void makeDefault(long accountId, long addressId) {
        BuyerAddress chosen = find(accountId, addressId);
        for (BuyerAddress a : of(accountId)) {
            a.makeDefault(a == chosen);
        }
    }

    /** The details stripped and checked; every wrong field named as the address form names it. */
    public static BuyerAddress.Details checked(BuyerAddress.Details d) {
        List<FieldViolation> violations = violations(d);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION, "The address has invalid fields.", violations);
        }
        return new BuyerAddress.Details(
                d.recipient().strip(),
                PlaceOrderCommand.normalisePhone(d.phone()),
                d.province().strip(),
                d.city().strip(),
                blankToNull(d.district()),
                d.line().strip(),
                blankToNull(d.postcode()));
    }

    public static List<FieldViolation> violations(BuyerAddress.Details d) {
        List<FieldViolation> violations = new ArrayList<>();
        text(violations, "recipient", d.recipient(), 100, true);
        if (isBlank(d.phone())) {
            violations.add(new FieldViolation("phone", "required"));
        } else if (!PHONE.matcher(PlaceOrderCommand.normalisePhone(d.phone())).matches()) {
            violations.add(new FieldViolation("phone", "not a phone number"));
        }
        violations.addAll(regionViolations(d.province(), d.city()));
        text(violations, "district", d.district(), 100, false);
        text(violations, "line", d.line(), 300, true);
        if (!isBlank(d.postcode()) && !CN_POSTCODE.matcher(d.postcode().strip()).matches()) {
            violations.add(new FieldViolation("postcode", "a Chinese postcode has six digits"));
        }
        return violations;
    }

    /** The province must be one of China's 34 and the city one of that province's. */
    public static List<FieldViolation> regionViolations(String province, String city) {
        List<FieldViolation> violations = new ArrayList<>();
        if (isBlank(province)) {
            violations.add(new FieldViolation("province", "required"));
        } else if (ChinaRegions.province(province).isEmpty()) {
            violations.add(new FieldViolation("province", "not a province of China"));
        }
        if (isBlank(city)) {
            violations.add(new FieldViolation("city", "required"));
        } else if (ChinaRegions.province(province).isPresent() && !ChinaRegions.isCityOf(province, city)) {
            violations.add(new FieldViolation("city", "not a city of " + province.strip()));
        }
        return violations;
    }

    private static void text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
        if (isBlank(value)) {
            if (required) {
                violations.add(new FieldViolation(field, "required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " characters"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
