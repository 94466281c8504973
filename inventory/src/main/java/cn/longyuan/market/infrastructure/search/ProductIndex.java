package cn.longyuan.market.infrastructure.search;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchResults;
import cn.longyuan.market.application.search.SearchResults.FacetCount;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.application.search.SearchableProduct;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory Lucene index of listed products, searched by words in Chinese and English with filters, facet
 * counts, sorting and paging. Built from a list of products; a product whose stock changed is updated in place
 * ({@link #update}), a changed catalogue gets a new index.
 * <p>
 * Relevance: each word of the query must be found in some field; a word scores by its best field (a disjunction
 * max), the product name weighing most, then the craft, the cooperative and township, then the description — so a
 * piece whose name says 剪纸 comes before one whose description mentions it.
 * <pre>{@code
 * ProductIndex index = ProductIndex.of(products);
 * SearchResults found = index.search(new SearchRequest("香包", null, null, null, null, null, true, SearchSort.RELEVANCE, 0, 20));
 * }</pre>
 */
public final class ProductIndex {

    static final String ID = "id";
    /** The id as a term: what {@link #update} finds a product's document by. */
    static final String ID_TERM = "id_term";
    static final String CRAFT = "craft";
    static final String COOPERATIVE = "cooperative";
    static final String TOWNSHIP = "township";
    static final String IN_STOCK = "in_stock";
    static final String PRICE = "price";
    static final String PRICE_SORT = "price_sort";
    static final String CREATED_SORT = "created_sort";
    static final String ID_SORT = "id_sort";

    /** A searchable text field, the analyzer its text and the query's words go through, and its weight. */
    private record TextFieldSpec(String name, boolean chinese, float boost) {
    }

    private static final List<TextFieldSpec> TEXT_FIELDS = List.of(
            new TextFieldSpec("name_zh", true, 6f),
            new TextFieldSpec("name_en", false, 6f),
            new TextFieldSpec("craft_zh", true, 3f),
            new TextFieldSpec("craft_en", false, 3f),
            new TextFieldSpec("craft_code", false, 3f),
            new TextFieldSpec("cooperative_zh", true, 1.5f),
            new TextFieldSpec("cooperative_en", false, 1.5f),
            new TextFieldSpec("township_text", true, 1.5f),
            new TextFieldSpec("description_zh", true, 1f),
            new TextFieldSpec("description_en", false, 1f));

    private static final String[] FACET_FIELDS = {CRAFT, COOPERATIVE, TOWNSHIP, IN_STOCK};

    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ProductIndex(IndexWriter writer, SearcherManager searchers) {
        this.writer = writer;
        this.searchers = searchers;
    }

    public static ProductIndex of(List<SearchableProduct> products) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (TextFieldSpec field : TEXT_FIELDS) {
            perField.put(field.name(), field.chinese() ? SearchAnalyzers.CHINESE_INDEX : SearchAnalyzers.ENGLISH);
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.ENGLISH, perField);
        try {
            // kept open for updates of single products; merges run in the updating thread, not in threads of
            // Lucene's own inside the application server
            IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(),
                    new IndexWriterConfig(analyzer).setMergeScheduler(new SerialMergeScheduler()));
            for (SearchableProduct p : products) {
                writer.addDocument(document(p));
            }
            writer.forceMerge(1);
            return new ProductIndex(writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in memory", e);
        }
    }

    /**
     * Replaces the documents of these products (what changed is their stock: whether a piece is available), so
     * that a sale does not rebuild the whole index. Searches that start once it returns see the change; those under
     * way finish on what they began with. One caller at a time.
     */
    public synchronized void update(List<SearchableProduct> changed) {
        try {
            for (SearchableProduct p : changed) {
                writer.updateDocument(new Term(ID_TERM, Long.toString(p.id())), document(p));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index in memory", e);
        }
    }

    private static Document document(SearchableProduct p) {
        Document doc = new Document();
        doc.add(new StoredField(ID, p.id()));
        doc.add(new StringField(ID_TERM, Long.toString(p.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_SORT, p.id()));
        text(doc, "name_zh", p.nameZh());
        text(doc, "name_en", p.nameEn());
        text(doc, "description_zh", p.descriptionZh());
        text(doc, "description_en", p.descriptionEn());
        text(doc, "craft_zh", p.craftNameZh());
        text(doc, "craft_en", p.craftNameEn());
        text(doc, "craft_code", p.craft().replace('-', ' '));
        text(doc, "cooperative_zh", p.cooperativeNameZh());
        text(doc, "cooperative_en", p.cooperativeNameEn());
        text(doc, "township_text", p.township());
        keyword(doc, CRAFT, p.craft());
        keyword(doc, COOPERATIVE, Long.toString(p.cooperativeId()));
        keyword(doc, TOWNSHIP, p.township());
        keyword(doc, IN_STOCK, p.inStock() ? "1" : "0");
        doc.add(new LongPoint(PRICE, p.priceFen()));
        doc.add(new NumericDocValuesField(PRICE_SORT, p.priceFen()));
        doc.add(new NumericDocValuesField(CREATED_SORT, p.createdAt().toEpochMilli()));
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** Matched exactly as a filter, and counted as a facet (doc values of the same name). */
    private static void keyword(Document doc, String field, String value) {
        if (value == null) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** How many products the index holds. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    public SearchResults search(SearchRequest request) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return search(searcher, request);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request) {
        try {
            Query words = words(request.words());
            Map<String, Query> filters = filters(request);
            Query query = combine(words, filters, null);
            long total = searcher.count(query);
            int wanted = (int) Math.min((long) (request.page() + 1) * request.size(), Integer.MAX_VALUE);
            List<Long> ids = new ArrayList<>();
            if (total > (long) request.page() * request.size()) {
                TopFieldDocs top = searcher.search(query, Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc())),
                        sort(request.sort()), request.sort() == SearchSort.RELEVANCE);
                var stored = searcher.storedFields();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = request.page() * request.size(); i < hits.length; i++) {
                    ids.add(stored.document(hits[i].doc).getField(ID).numericValue().longValue());
                }
            }
            return new SearchResults(ids, total,
                    facet(searcher, combine(words, filters, CRAFT), CRAFT),
                    facet(searcher, combine(words, filters, COOPERATIVE), COOPERATIVE),
                    facet(searcher, combine(words, filters, TOWNSHIP), TOWNSHIP),
                    facet(searcher, combine(words, filters, IN_STOCK), IN_STOCK).stream()
                            .filter(f -> f.value().equals("1")).mapToLong(FacetCount::count).sum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word must be found in some field; null (no words asked) matches everything. */
    static Query words(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : text.strip().split("\\s+")) {
            List<Query> inFields = new ArrayList<>();
            for (TextFieldSpec field : TEXT_FIELDS) {
                List<String> terms = SearchAnalyzers.terms(field.chinese() ? SearchAnalyzers.CHINESE_QUERY
                        : SearchAnalyzers.ENGLISH, field.name(), word);
                if (terms.isEmpty()) {
                    continue;
                }
                BooleanQuery.Builder inField = new BooleanQuery.Builder();
                terms.stream().distinct().forEach(t -> inField.add(new TermQuery(new Term(field.name(), t)), Occur.MUST));
                inFields.add(new BoostQuery(inField.build(), field.boost()));
            }
            if (!inFields.isEmpty()) {
                all.add(new DisjunctionMaxQuery(inFields, 0.1f), Occur.MUST);
                words++;
            }
        }
        // words that are all stop words ("the", "and") ask for nothing findable
        return words == 0 ? new MatchNoDocsQuery() : all.build();
    }

    private static Map<String, Query> filters(SearchRequest request) {
        Map<String, Query> filters = new HashMap<>();
        if (request.craft() != null) {
            filters.put(CRAFT, new TermQuery(new Term(CRAFT, request.craft())));
        }
        if (request.cooperativeId() != null) {
            filters.put(COOPERATIVE, new TermQuery(new Term(COOPERATIVE, request.cooperativeId().toString())));
        }
        if (request.township() != null) {
            filters.put(TOWNSHIP, new TermQuery(new Term(TOWNSHIP, request.township())));
        }
        if (request.inStockOnly()) {
            filters.put(IN_STOCK, new TermQuery(new Term(IN_STOCK, "1")));
        }
        if (request.minPrice() != null || request.maxPrice() != null) {
            filters.put(PRICE, LongPoint.newRangeQuery(PRICE,
                    request.minPrice() == null ? Long.MIN_VALUE : request.minPrice().fen(),
                    request.maxPrice() == null ? Long.MAX_VALUE : request.maxPrice().fen()));
        }
        return filters;
    }

    /** The words with every filter but the one left out (null: all of them). */
    private static Query combine(Query words, Map<String, Query> filters, String leftOut) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        filters.forEach((field, filter) -> {
            if (!field.equals(leftOut)) {
                query.add(filter, Occur.FILTER);
            }
        });
        return query.build();
    }

    private static Sort sort(SearchSort sort) {
        SortField newest = new SortField(CREATED_SORT, SortField.Type.LONG, true);
        SortField id = new SortField(ID_SORT, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case NEWEST -> new Sort(newest, id);
            case PRICE_ASC -> new Sort(new SortField(PRICE_SORT, SortField.Type.LONG), newest, id);
            case PRICE_DESC -> new Sort(new SortField(PRICE_SORT, SortField.Type.LONG, true), newest, id);
        };
    }

    /** How many matching products have each value of the field, by falling count, then by value. */
    private static List<FacetCount> facet(IndexSearcher searcher, Query query, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    counts.merge(values.lookupOrd(values.ordValue()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }
}
