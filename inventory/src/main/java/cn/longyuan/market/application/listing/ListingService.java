package cn.longyuan.market.application.listing;

import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.Like;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.ListingPhoto;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.shared.PhotoFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A cooperative's listings: its manager creates and edits products, uploads their photos and publishes or
 * withdraws them; federation staff read every cooperative's listings and change none. Another cooperative's
 * product is "not found". An edit names the version it was made on: if someone saved the product since, the
 * edit is refused with a message saying so, never written over the other person's. A changed price is written to
 * the audit trail (who, when, product, before → after) in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ListingService {

    /** The refusal message of an edit made on an old version; the pages show their own text for it. */
    public static final String CHANGED_BY_SOMEONE_ELSE =
            "This product was changed by someone else since you opened it; reload it to see the changes.";

    public static final String VERSION_FIELD = "version";

    private EntityManager em;
    private Clock clock;

    protected ListingService() {
        // for CDI proxies
    }

    @Inject
    public ListingService(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A row of the listings table. */
    public record ListingRow(
            long id,
            BilingualText name,
            String craft,
            BilingualText craftName,
            String price,
            boolean published,
            long cooperativeId,
            String imageUrl,
            Instant createdAt) {}

    public record ListingPage(List<ListingRow> items, long total) {}

    /** Filters of the listings table; null or blank means any. */
    public record ListingFilter(String text, String craft, Boolean published) {}

    public record PhotoRow(
            long id, PhotoFormat uploadedAs, int width, int height, Instant uploadedAt, String uploadedBy) {}

    public enum SortBy {
        NAME,
        PRICE,
        CREATED
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ListingPage page(Actor actor, ListingFilter filter, SortBy sort, boolean ascending, int first, int size) {
        requireBackOfficeReader(actor);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (actor.cooperativeScope() != null) {
            where.append(" and p.cooperative.id = :cooperative");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(p.name.zh) like :text escape '!' or lower(p.name.en) like :text escape '!')");
        }
        if (filter.craft() != null && !filter.craft().isBlank()) {
            where.append(" and p.craft.code = :craft");
        }
        if (filter.published() != null) {
            where.append(" and p.published = :published");
        }
        String order = switch (sort == null ? SortBy.CREATED : sort) {
                    case NAME -> "p.name.zh";
                    case PRICE -> "p.price.fen";
                    case CREATED -> "p.createdAt";
                }
                + (ascending ? " asc" : " desc") + ", p.id";
        TypedQuery<Product> select =
                em.createQuery("select p from Product p" + where + " order by " + order, Product.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p" + where, Long.class);
        for (TypedQuery<?> query : List.of(select, count)) {
            if (actor.cooperativeScope() != null) {
                query.setParameter("cooperative", actor.cooperativeScope());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                query.setParameter("text", Like.containing(filter.text()));
            }
            if (filter.craft() != null && !filter.craft().isBlank()) {
                query.setParameter("craft", filter.craft());
            }
            if (filter.published() != null) {
                query.setParameter("published", filter.published());
            }
        }
        List<ListingRow> rows = select.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(ListingService::row)
                .toList();
        return new ListingPage(rows, count.getSingleResult());
    }

    /** One product the actor may see; "not found" for any other. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Product find(Actor actor, long productId) {
        requireBackOfficeReader(actor);
        Product product = em.find(Product.class, productId);
        if (product == null || !actor.canSeeCooperative(product.cooperative().id())) {
            throw RequestRefusedException.notFound("No product " + productId + ".");
        }
        product.craft().code();
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Craft> crafts() {
        return em.createNamedQuery(Craft.FIND_ALL, Craft.class).getResultList();
    }

    /** A new product of the manager's cooperative, not yet published. Answers its id. */
    public long create(Actor actor, ListingDraft draft) {
        requireManager(actor);
        return createIn(actor, actor.cooperativeId(), draft);
    }

    /**
     * A new unpublished product of the given cooperative, as {@link #create} makes it: for an import, which federation
     * staff may also make into a cooperative they choose; a manager only into her own.
     */
    public long createIn(Actor actor, long cooperativeId, ListingDraft draft) {
        if (!(actor.is(Role.FEDERATION) || (actor.is(Role.COOP_MANAGER) && actor.canSeeCooperative(cooperativeId)))) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager edits its listings.");
        }
        Craft craft = validated(draft);
        Product product = new Product(
                em.getReference(Cooperative.class, cooperativeId),
                craft,
                new BilingualText(draft.nameZh(), draft.nameEn()),
                descriptions(draft),
                draft.money(),
                null,
                clock.instant());
        em.persist(product);
        em.flush();
        return product.id();
    }

    /** Saves an edit made on the given version; refused if the product changed since. Answers the new version. */
    public long update(Actor actor, long productId, long basedOnVersion, ListingDraft draft) {
        Product product = owned(actor, productId, basedOnVersion);
        Craft craft = validated(draft);
        Money before = product.price();
        product.revise(craft, new BilingualText(draft.nameZh(), draft.nameEn()), descriptions(draft), draft.money());
        if (!before.equals(product.price())) {
            // in the edit's own transaction: a refused or rolled-back save leaves no entry
            em.persist(new AuditEntry(
                    actor.username(),
                    AuditTrail.PRICE_CHANGED,
                    AuditTrail.PRODUCT,
                    product.id(),
                    before.toDecimalString() + " → " + product.price().toDecimalString(),
                    clock.instant()));
        }
        return flushed(product);
    }

    /** Publishes (buyers see it in the shop and the public API) or withdraws the product. */
    public long setPublished(Actor actor, long productId, long basedOnVersion, boolean published) {
        Product product = owned(actor, productId, basedOnVersion);
        if (published) {
            product.publish();
        } else {
            product.unpublish();
        }
        return flushed(product);
    }

    /**
     * Checks an uploaded photo ({@link PhotoCheck}) and keeps it; the product's first photo becomes the picture
     * the shop shows. Adding a photo does not count as an edit of the product's text (no version needed), but
     * showing the first one does change the product.
     */
    public long addPhoto(Actor actor, long productId, byte[] upload) {
        requireManager(actor);
        Product product = find(actor, productId);
        PhotoCheck.CheckedPhoto checked = PhotoCheck.check(upload);
        ListingPhoto photo = new ListingPhoto(
                product.id(),
                checked.uploadedAs(),
                checked.width(),
                checked.height(),
                checked.jpeg(),
                checked.thumbnail(),
                actor.username(),
                clock.instant());
        em.persist(photo);
        em.flush();
        if (product.imageUrl() == null || !product.imageUrl().startsWith("/images/photos/")) {
            product.showImage(ListingPhoto.url(photo.id()));
        }
        return photo.id();
    }

    /** Makes one of the product's photos the one the shop shows first. */
    public void showFirst(Actor actor, long productId, long photoId) {
        requireManager(actor);
        Product product = find(actor, productId);
        ListingPhoto photo = em.find(ListingPhoto.class, photoId);
        if (photo == null || photo.productId() != product.id()) {
            throw RequestRefusedException.notFound("No photo " + photoId + ".");
        }
        product.showImage(ListingPhoto.url(photoId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhotoRow> photos(Actor actor, long productId) {
        Product product = find(actor, productId);
        return em.createQuery(
                        "select new cn.longyuan.market.application.listing.ListingService.PhotoRow(f.id, f.uploadedAs, "
                                + "f.width, f.height, f.uploadedAt, f.uploadedBy) from ListingPhoto f where f.productId = :product order by f.id",
                        PhotoRow.class)
                .setParameter("product", product.id())
                .getResultList();
    }

    /**
     * The bytes of a photo or its thumbnail for a page or the shop. With {@code publishedOnly} (the shop) only
     * photos of published products are served; the back office serves those the actor may see.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> photoBytes(long photoId, boolean thumbnail, Actor actorOrNullForTheShop) {
        ListingPhoto photo = em.find(ListingPhoto.class, photoId);
        if (photo == null) {
            return Optional.empty();
        }
        Product product = em.find(Product.class, photo.productId());
        boolean visible = actorOrNullForTheShop == null
                ? product.isOnSale()
                : actorOrNullForTheShop.canSeeCooperative(product.cooperative().id());
        if (!visible) {
            return Optional.empty();
        }
        return Optional.of(thumbnail ? photo.thumbnail() : photo.image());
    }

    private Product owned(Actor actor, long productId, long basedOnVersion) {
        requireManager(actor);
        Product product = find(actor, productId);
        if (product.version() != basedOnVersion) {
            throw changedBySomeoneElse();
        }
        return product;
    }

    /** Writes now, so that a concurrent save that got in between ends here as a message and not at commit. */
    private long flushed(Product product) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedBySomeoneElse();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw changedBySomeoneElse();
            }
            throw e;
        }
        return product.version();
    }

    private static RequestRefusedException changedBySomeoneElse() {
        return new RequestRefusedException(
                Reason.INVALID_STATE,
                CHANGED_BY_SOMEONE_ELSE,
                List.of(new FieldViolation(VERSION_FIELD, CHANGED_BY_SOMEONE_ELSE)));
    }

    private Craft validated(ListingDraft draft) {
        List<FieldViolation> violations = new java.util.ArrayList<>(draft.violations());
        Craft craft = draft.craft() == null || draft.craft().isBlank() ? null : em.find(Craft.class, draft.craft());
        if (craft == null && violations.stream().noneMatch(v -> v.field().equals("craft"))) {
            violations.add(new FieldViolation("craft", "no such craft"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The listing has invalid fields.", violations);
        }
        return craft;
    }

    private static BilingualText descriptions(ListingDraft draft) {
        String en = draft.descriptionEn() == null ? null : DescriptionHtml.sanitise(draft.descriptionEn());
        return new BilingualText(
                DescriptionHtml.sanitise(draft.descriptionZh()), en != null && DescriptionHtml.hasText(en) ? en : null);
    }

    private static void requireBackOfficeReader(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Listings are kept by cooperatives.");
        }
    }

    private static void requireManager(Actor actor) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative's manager edits its listings.");
        }
    }

    private static ListingRow row(Product p) {
        return new ListingRow(
                p.id(),
                p.name(),
                p.craft().code(),
                p.craft().name(),
                p.price().toDecimalString(),
                p.isPublished(),
                p.cooperative().id(),
                p.imageUrl(),
                p.createdAt());
    }
}
