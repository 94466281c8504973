package cn.longyuan.market.infrastructure.search;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchResults;
import cn.longyuan.market.application.search.SearchResults.FacetCount;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.application.search.SearchableProduct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

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
    /** 1 when a piece is available: what ranks pieces in stock above sold-out ones by relevance. */
    static final String IN_STOCK_SORT = "in_stock_sort";
    /** The words and Chinese character pairs of the names, as written: what "did you mean" chooses from. */
    static final String SPELL = "spell";
    /** Whole Chinese names as written, for a suggestion for a mistyped name. */
    static final String SPELL_NAME = "spell_name";

    /** A match through a craft's other name weighs this much of the word itself. */
    static final float SYNONYM_WEIGHT = 0.5f;
    /** A match by a typo weighs this much of the exact word. */
    static final float FUZZY_WEIGHT = 0.3f;
    /** A match by pinyin weighs this much of the Chinese word, by initials this much. */
    static final float PINYIN_WEIGHT = 0.8f;

    static final float INITIALS_WEIGHT = 0.4f;
    /** Words shorter than this are not matched with a typo (too many short words lie one letter apart). */
    static final int FUZZY_FROM = 5;
    /** From this length a word may have two typos. */
    static final int TWO_TYPOS_FROM = 8;
    /** Longer words are no word a buyer means: taken as typed (and the typo automaton of each stays small). */
    static final int FUZZY_UP_TO = 30;

    static final int MOST_SUGGESTIONS = 3;

    /** A searchable text field, the analyzer its text and the query's words go through, and its weight. */
    private record TextFieldSpec(String name, boolean chinese, float boost) {}

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

    /** A field of the pinyin (or its initials) of a Chinese field, and its weight. */
    private record PinyinFieldSpec(String name, String of, boolean initials, float boost) {}

    private static final List<PinyinFieldSpec> PINYIN_FIELDS = List.of(
            new PinyinFieldSpec("name_py", "name_zh", false, 6f * PINYIN_WEIGHT),
            new PinyinFieldSpec("craft_py", "craft_zh", false, 3f * PINYIN_WEIGHT),
            new PinyinFieldSpec("cooperative_py", "cooperative_zh", false, 1.5f * PINYIN_WEIGHT),
            new PinyinFieldSpec("township_py", "township_text", false, 1.5f * PINYIN_WEIGHT),
            new PinyinFieldSpec("name_pyi", "name_zh", true, 6f * INITIALS_WEIGHT),
            new PinyinFieldSpec("craft_pyi", "craft_zh", true, 3f * INITIALS_WEIGHT));

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
        for (PinyinFieldSpec field : PINYIN_FIELDS) {
            perField.put(field.name(), field.initials() ? SearchAnalyzers.PINYIN_INITIALS : SearchAnalyzers.PINYIN);
        }
        perField.put(SPELL, SearchAnalyzers.CHINESE_QUERY);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.ENGLISH, perField);
        try {
            // kept open for updates of single products; merges run in the updating thread, not in threads of
            // Lucene's own inside the application server
            IndexWriter writer = new IndexWriter(
                    new ByteBuffersDirectory(),
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
        Map<String, String> chinese = Map.of(
                "name_zh",
                nullToEmpty(p.nameZh()),
                "craft_zh",
                nullToEmpty(p.craftNameZh()),
                "cooperative_zh",
                nullToEmpty(p.cooperativeNameZh()),
                "township_text",
                nullToEmpty(p.township()));
        for (PinyinFieldSpec field : PINYIN_FIELDS) {
            text(doc, field.name(), chinese.get(field.of()));
        }
        for (String words : new String[] {
            p.nameZh(),
            p.nameEn(),
            p.craftNameZh(),
            p.craftNameEn(),
            p.cooperativeNameZh(),
            p.cooperativeNameEn(),
            p.township(),
            p.descriptionEn()
        }) {
            text(doc, SPELL, words);
        }
        for (String name : new String[] {p.nameZh(), p.craftNameZh()}) {
            if (name != null && !name.isBlank()) {
                doc.add(new StringField(SPELL_NAME, name.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        doc.add(new NumericDocValuesField(IN_STOCK_SORT, p.inStock() ? 1 : 0));
        keyword(doc, CRAFT, p.craft());
        keyword(doc, COOPERATIVE, Long.toString(p.cooperativeId()));
        keyword(doc, TOWNSHIP, p.township());
        keyword(doc, IN_STOCK, p.inStock() ? "1" : "0");
        doc.add(new LongPoint(PRICE, p.priceFen()));
        doc.add(new NumericDocValuesField(PRICE_SORT, p.priceFen()));
        doc.add(new NumericDocValuesField(CREATED_SORT, p.createdAt().toEpochMilli()));
        return doc;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
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
                TopFieldDocs top = searcher.search(
                        query,
                        Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc())),
                        sort(request),
                        request.sort() == SearchSort.RELEVANCE);
                var stored = searcher.storedFields();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = request.page() * request.size(); i < hits.length; i++) {
                    ids.add(stored.document(hits[i].doc)
                            .getField(ID)
                            .numericValue()
                            .longValue());
                }
            }
            return new SearchResults(
                    ids,
                    total,
                    facet(searcher, combine(words, filters, CRAFT), CRAFT),
                    facet(searcher, combine(words, filters, COOPERATIVE), COOPERATIVE),
                    facet(searcher, combine(words, filters, TOWNSHIP), TOWNSHIP),
                    facet(searcher, combine(words, filters, IN_STOCK), IN_STOCK).stream()
                            .filter(f -> f.value().equals("1"))
                            .mapToLong(FacetCount::count)
                            .sum(),
                    total == 0 && request.words() != null
                            ? suggestions(searcher, request.words(), filters)
                            : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word must be found in some field; null (no words asked) matches everything. A word is found as
     * written (in Chinese or English, names weighing most), else — weighing less, so that exact matches come
     * first — by another name of the same craft ({@link CraftSynonyms}), by its pinyin or the initials of it
     * ({@link Pinyin}), or, in English, with a typo or two for longer words.
     */
    static Query words(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : text.strip().split("\\s+")) {
            List<Query> ways = new ArrayList<>();
            exact(word, 1f, ways);
            if (ways.isEmpty()) {
                continue;
            }
            for (String synonym : CraftSynonyms.of(word)) {
                exact(synonym, SYNONYM_WEIGHT, ways);
            }
            fuzzy(word, ways);
            pinyin(word.toLowerCase(Locale.ROOT), ways);
            all.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.MUST);
            words++;
        }
        // words that are all stop words ("the", "and") ask for nothing findable
        return words == 0 ? new MatchNoDocsQuery() : all.build();
    }

    /** The word as written, in every text field: all its terms in one field. */
    private static void exact(String word, float weight, List<Query> ways) {
        for (TextFieldSpec field : TEXT_FIELDS) {
            List<String> terms = SearchAnalyzers.terms(
                    field.chinese() ? SearchAnalyzers.CHINESE_QUERY : SearchAnalyzers.ENGLISH, field.name(), word);
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            terms.stream().distinct().forEach(t -> inField.add(new TermQuery(new Term(field.name(), t)), Occur.MUST));
            ways.add(new BoostQuery(inField.build(), field.boost() * weight));
        }
    }

    /** The English word with typos: one in a word of five letters or more, two from eight (embroidry, sachett). */
    private static void fuzzy(String word, List<Query> ways) {
        for (TextFieldSpec field : TEXT_FIELDS) {
            if (field.chinese()) {
                continue;
            }
            List<String> terms = SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, field.name(), word);
            if (terms.stream().noneMatch(ProductIndex::typoTolerant)) {
                continue;
            }
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            terms.stream()
                    .distinct()
                    .forEach(t -> inField.add(
                            !typoTolerant(t)
                                    ? new TermQuery(new Term(field.name(), t))
                                    // the first letter is taken as typed: fewer candidates, and a buyer seldom mistypes
                                    // it
                                    : new FuzzyQuery(
                                            new Term(field.name(), t), t.length() >= TWO_TYPOS_FROM ? 2 : 1, 1),
                            Occur.MUST));
            ways.add(new BoostQuery(inField.build(), field.boost() * FUZZY_WEIGHT));
        }
    }

    private static boolean typoTolerant(String term) {
        return term.length() >= FUZZY_FROM && term.length() <= FUZZY_UP_TO;
    }

    /** Letters read as pinyin syllables in a row (xiangbao → 香包), or as their initials (xb → 香包). */
    private static void pinyin(String word, List<Query> ways) {
        List<List<String>> cuts = Pinyin.cuts(word);
        boolean initials = Pinyin.initials(word);
        for (PinyinFieldSpec field : PINYIN_FIELDS) {
            if (field.initials() && initials) {
                ways.add(new BoostQuery(new PhraseQuery(field.name(), word.split("")), field.boost()));
            } else if (!field.initials()) {
                for (List<String> syllables : cuts) {
                    ways.add(new BoostQuery(
                            new PhraseQuery(field.name(), syllables.toArray(String[]::new)), field.boost()));
                }
            }
        }
    }

    /**
     * "Did you mean": when the words found nothing, each word that finds nothing by itself is replaced by the
     * nearest words of the names, crafts, cooperatives, places and English descriptions (fewest edits, then the most
     * common), and what still finds something with the same filters is suggested, at most
     * {@link #MOST_SUGGESTIONS}. Read from the index's own terms: a few thousand, only on an empty answer.
     */
    private static List<String> suggestions(IndexSearcher searcher, String text, Map<String, Query> filters)
            throws IOException {
        List<String> words = List.of(text.strip().split("\\s+"));
        List<List<String>> nearest = new ArrayList<>();
        boolean replaced = false;
        for (String word : words) {
            if (searcher.count(combine(words(word), filters, null)) > 0) {
                nearest.add(List.of(word));
            } else {
                List<String> near = nearestTerms(searcher.getIndexReader(), word.toLowerCase(Locale.ROOT));
                nearest.add(near.isEmpty() ? List.of(word) : near);
                replaced |= !near.isEmpty();
            }
        }
        if (!replaced) {
            return List.of();
        }
        java.util.LinkedHashSet<String> suggestions = new java.util.LinkedHashSet<>();
        // the i-th nearest of each replaced word together (a word with fewer keeps its last)
        int most = nearest.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most && suggestions.size() < MOST_SUGGESTIONS; i++) {
            int choice = i;
            String suggestion = String.join(
                    " ",
                    nearest.stream()
                            .map(n -> n.get(Math.min(choice, n.size() - 1)))
                            .toList());
            if (!suggestion.equalsIgnoreCase(text.strip())
                    && searcher.count(combine(words(suggestion), filters, null)) > 0) {
                suggestions.add(suggestion);
            }
        }
        return List.copyOf(suggestions);
    }

    /** A candidate word, its edits from the typed one and in how many products it is. */
    private record Near(String word, int edits, int products) {}

    /**
     * The words of the index nearest to this one: at most one edit for a word of up to four characters (two
     * Chinese characters are a word), two from five, in Chinese at most one in three characters; none when it has
     * fewer than two characters.
     */
    private static List<String> nearestTerms(IndexReader reader, String word) throws IOException {
        int length = word.codePointCount(0, word.length());
        boolean chinese = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        int most = chinese ? Math.max(1, length / 3) : length >= FUZZY_FROM ? 2 : 1;
        if (length < 2 || (!chinese && length < 3)) {
            return List.of();
        }
        Map<String, Near> found = new HashMap<>();
        for (String field : new String[] {SPELL, SPELL_NAME}) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String candidate = term.utf8ToString();
                int candidateLength = candidate.codePointCount(0, candidate.length());
                if (Math.abs(candidateLength - length) > most || candidateLength < 2) {
                    continue;
                }
                int edits = edits(word, candidate, most);
                if (edits > 0 && edits <= most) {
                    found.merge(
                            candidate,
                            new Near(candidate, edits, each.docFreq()),
                            (a, b) -> a.products() >= b.products() ? a : b);
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Near::edits)
                        .thenComparing(Comparator.comparingInt(Near::products).reversed())
                        .thenComparing(Near::word))
                .limit(MOST_SUGGESTIONS)
                .map(Near::word)
                .toList();
    }

    /**
     * Edits from one word to the other (a letter added, left out, replaced, or two swapped), counted in code
     * points; anything above {@code most} is returned as {@code most + 1}.
     */
    static int edits(String from, String to, int most) {
        int[] a = from.codePoints().toArray();
        int[] b = to.codePoints().toArray();
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowBest = Math.min(rowBest, d[i][j]);
            }
            if (rowBest > most) {
                return most + 1;
            }
        }
        return Math.min(d[a.length][b.length], most + 1);
    }

    private static Map<String, Query> filters(SearchRequest request) {
        Map<String, Query> filters = new HashMap<>();
        if (request.craft() != null) {
            filters.put(CRAFT, new TermQuery(new Term(CRAFT, request.craft())));
        }
        if (request.cooperativeId() != null) {
            filters.put(
                    COOPERATIVE,
                    new TermQuery(new Term(COOPERATIVE, request.cooperativeId().toString())));
        }
        if (request.township() != null) {
            filters.put(TOWNSHIP, new TermQuery(new Term(TOWNSHIP, request.township())));
        }
        if (request.inStockOnly()) {
            filters.put(IN_STOCK, new TermQuery(new Term(IN_STOCK, "1")));
        }
        if (request.minPrice() != null || request.maxPrice() != null) {
            filters.put(
                    PRICE,
                    LongPoint.newRangeQuery(
                            PRICE,
                            request.minPrice() == null
                                    ? Long.MIN_VALUE
                                    : request.minPrice().fen(),
                            request.maxPrice() == null
                                    ? Long.MAX_VALUE
                                    : request.maxPrice().fen()));
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

    /** By relevance, pieces in stock come before sold-out ones, each by score; without words, newest first. */
    private static Sort sort(SearchRequest request) {
        SortField newest = new SortField(CREATED_SORT, SortField.Type.LONG, true);
        SortField id = new SortField(ID_SORT, SortField.Type.LONG, true);
        return switch (request.sort()) {
            case RELEVANCE ->
                request.words() == null
                        ? new Sort(SortField.FIELD_SCORE, newest, id)
                        : new Sort(
                                new SortField(IN_STOCK_SORT, SortField.Type.LONG, true),
                                SortField.FIELD_SCORE,
                                newest,
                                id);
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
