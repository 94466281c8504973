package cn.longyuan.market.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text is cut into searchable terms.
 * <p>
 * Chinese has no spaces, so Chinese text is cut into overlapping pairs of characters (CJK bigrams: 端午五毒香包 →
 * 端午 午五 五毒 毒香 香包) and, in the index only, single characters too. A query of two or more characters is cut
 * into pairs alone, so 香包 finds exactly the texts that contain 香包; a query of one character finds it through the
 * single characters. A dictionary segmenter (smartcn) was not taken: it cuts a short query and the same characters
 * inside a longer text differently when its dictionary does not know the word (香包, 布老虎), and a buyer's two
 * characters must find what contains them. English text goes through Lucene's English analyzer (stop words,
 * Porter stemming), so "tigers" finds "Tiger".
 * <p>
 * Chinese names are also indexed as pinyin, a syllable per character, and as the initials of the syllables, so
 * that a buyer without a Chinese keyboard finds 香包 by {@code xiangbao} or {@code xb} ({@link Pinyin}).
 */
final class SearchAnalyzers {

    /** Chinese fields as indexed: character pairs and single characters. */
    static final Analyzer CHINESE_INDEX = chinese(true);
    /** Chinese words as asked for: character pairs; a lone character stays one. */
    static final Analyzer CHINESE_QUERY = chinese(false);

    static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** Chinese text as its pinyin, a syllable a character ({@link PinyinFilter}): 香包 → xiang bao. */
    static final Analyzer PINYIN = pinyin(false);
    /** Chinese text as the initials of its pinyin: 香包 → x b. */
    static final Analyzer PINYIN_INITIALS = pinyin(true);

    private SearchAnalyzers() {}

    private static Analyzer chinese(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(
                        stream,
                        CJKBigramFilter.HAN
                                | CJKBigramFilter.HIRAGANA
                                | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL,
                        unigrams);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer pinyin(boolean initials) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PinyinFilter(new CJKWidthFilter(source), initials));
            }
        };
    }

    /** The terms the analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
