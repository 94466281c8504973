package cn.longyuan.market.infrastructure.search;

import cn.longyuan.market.application.search.ProductSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchResults;
import cn.longyuan.market.application.search.SearchableProducts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The product search of one application instance: a Lucene index in memory, built from the database at the
 * first search (the shop builds it while it starts) and rebuilt whenever the catalogue changed.
 * <p>
 * Why in memory and per instance: the catalogue is small (a few hundred listings, a rebuild takes milliseconds),
 * the database stays the one truth, and every instance of a cluster follows the database by itself — no index
 * files to share or replicate, nothing to lose on a restart. How it stays in step: at most every
 * {@link #CHECK_INTERVAL} a search first asks the database for the catalogue's fingerprint
 * ({@link SearchableProducts#fingerprint()}: product count and versions, cooperative versions, the stock ledger's
 * last row); when it moved — a listing edited, published or withdrawn on any instance, a piece made or sold —
 * the index is rebuilt. A change made in the back office is thus found in the shop within a few seconds.
 * Searches never wait for a rebuild another request is doing: they use the index they have.
 */
@ApplicationScoped
public class LuceneProductSearch implements ProductSearch {

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(LuceneProductSearch.class.getName());

    private SearchableProducts source;
    private LongSupplier nanoTime;
    private final ReentrantLock refreshing = new ReentrantLock();

    private volatile Snapshot current;
    private volatile long checkedAt;

    /** An index and the fingerprint of the catalogue it was built from. */
    private record Snapshot(ProductIndex index, String fingerprint, long generation) {
    }

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
                    refresh();
                }
            } finally {
                refreshing.unlock();
            }
        }
        return current;
    }

    /** Called with the lock held. */
    private void refresh() {
        String fingerprint = source.fingerprint();
        Snapshot snapshot = current;
        if (snapshot == null || !snapshot.fingerprint().equals(fingerprint)) {
            long started = System.nanoTime();
            ProductIndex index = ProductIndex.of(source.all());
            current = new Snapshot(index, fingerprint, snapshot == null ? 1 : snapshot.generation() + 1);
            LOG.fine(() -> "search index rebuilt: " + index.size() + " products in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (" + fingerprint + ")");
        }
        checkedAt = nanoTime.getAsLong();
    }
}
