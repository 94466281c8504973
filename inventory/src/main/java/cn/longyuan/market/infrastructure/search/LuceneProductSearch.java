package cn.longyuan.market.infrastructure.search;

import cn.longyuan.market.application.search.ProductSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchResults;
import cn.longyuan.market.application.search.SearchableProduct;
import cn.longyuan.market.application.search.SearchableProducts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The product search of one application instance: a Lucene index in memory, built from the database at the
 * first search (the shop builds it while it starts) and kept in step with the catalogue.
 * <p>
 * Why in memory and per instance: the catalogue is small (20,000 listings build in about a second),
 * the database stays the one truth, and every instance of a cluster follows the database by itself — no index
 * files to share or replicate, nothing to lose on a restart. How it stays in step: at most every
 * {@link #CHECK_INTERVAL} a search first asks the database for the catalogue's fingerprint
 * ({@link SearchableProducts#fingerprint()}: product count and versions, cooperative versions, the stock ledger's
 * last row); when a listing was edited, published or withdrawn on any instance the index is built again, when
 * only stock moved (a piece made or sold) the products it moved are read again and replaced in the index. A change made in the back office is thus found in the shop within a few seconds.
 * Searches never wait for a rebuild another request is doing: they use the index they have.
 */
@ApplicationScoped
public class LuceneProductSearch implements ProductSearch {

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);
    /**
     * Stock movements are numbered when written, not when committed: a transaction still open at the last check
     * can commit a lower number than the highest one seen then. Products moved within this many numbers below it
     * are read again (a few hundred rows; orders in flight at once are far fewer).
     */
    static final long LATE_COMMIT_MARGIN = 200;

    private static final Logger LOG = Logger.getLogger(LuceneProductSearch.class.getName());

    private SearchableProducts source;
    private LongSupplier nanoTime;
    private final ReentrantLock refreshing = new ReentrantLock();

    private volatile Snapshot current;
    private volatile long checkedAt;

    /** An index and the fingerprint of the catalogue it was built from. */
    private record Snapshot(ProductIndex index, SearchableProducts.Fingerprint fingerprint, long generation) {}

    protected LuceneProductSearch() {
        // for CDI proxies
    }

    @Inject
    public LuceneProductSearch(SearchableProducts source) {
        this(source, System::nanoTime);
    }

    /** With a clock of nanoseconds the tests move by hand. */
    public LuceneProductSearch(SearchableProducts source, LongSupplier nanoTime) {
        this.source = source;
        this.nanoTime = nanoTime;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return fresh().index().search(request);
    }

    @Override
    public long generation() {
        return fresh().generation();
    }

    /** Builds the index now if the catalogue changed, whenever it was last checked: for the start and the tests. */
    public void refreshNow() {
        refreshing.lock();
        try {
            refresh();
        } finally {
            refreshing.unlock();
        }
    }

    private Snapshot fresh() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            refreshNow();
            return current;
        }
        if (nanoTime.getAsLong() - checkedAt >= CHECK_INTERVAL.toNanos() && refreshing.tryLock()) {
            try {
                if (nanoTime.getAsLong() - checkedAt >= CHECK_INTERVAL.toNanos()) {
                    refreshOrKeep();
                }
            } finally {
                refreshing.unlock();
            }
        }
        return current;
    }

    /**
     * A check that fails (the database restarting, its connections gone) leaves the index as it is until the next
     * interval: the catalogue it holds is seconds old, and a shop that searches it serves its buyers, where the
     * failure thrown up here would fail every page and API read that asks the index (the anonymous answer cache
     * asks it for every key, outside any error mapping: Payara's own HTML error page).
     */
    private void refreshOrKeep() {
        try {
            refresh();
        } catch (RuntimeException failure) {
            checkedAt = nanoTime.getAsLong();
            LOG.warning(() -> "the catalogue could not be checked, the search index stays as it was for "
                    + CHECK_INTERVAL.toSeconds() + " s: " + failure);
        }
    }

    /** Called with the lock held. */
    private void refresh() {
        SearchableProducts.Fingerprint fingerprint = source.fingerprint();
        Snapshot snapshot = current;
        long started = System.nanoTime();
        if (snapshot == null || !snapshot.fingerprint().catalogue().equals(fingerprint.catalogue())) {
            ProductIndex index = ProductIndex.of(source.all());
            current = new Snapshot(index, fingerprint, snapshot == null ? 1 : snapshot.generation() + 1);
            LOG.fine(() -> "search index built: " + index.size() + " products in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (" + fingerprint + ")");
        } else if (snapshot.fingerprint().lastMovement() != fingerprint.lastMovement()) {
            // only stock moved (sales, production): those products' documents are replaced
            List<SearchableProduct> changed =
                    source.stockChangedSince(Math.max(0, snapshot.fingerprint().lastMovement() - LATE_COMMIT_MARGIN));
            snapshot.index().update(changed);
            current = new Snapshot(snapshot.index(), fingerprint, snapshot.generation() + 1);
            LOG.fine(() -> "search index updated: " + changed.size() + " products in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (" + fingerprint + ")");
        }
        checkedAt = nanoTime.getAsLong();
    }
}
