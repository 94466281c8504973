package cn.longyuan.market.infrastructure.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of Chinese characters, without tones and with v for ü (绿 → lv), as buyers type it on a Latin
 * keyboard; and the ways a typed word of letters can be cut into syllables (xiangbao → xiang bao).
 * <p>
 * Readings come from pinyin4j's table of every reading of each character: a character read more than one way
 * (行: xing, hang) is indexed under each, so whichever a buyer types finds it.
 */
final class Pinyin {

    /** The most ways of cutting one word that are searched for (cuts of real words are one or two). */
    static final int MOST_CUTS = 4;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Every syllable of the table with a vowel (about 400; not the interjections m, ng), what a typed word is cut into. */
    private static final Set<String> SYLLABLES = syllables();

    private static final int LONGEST_SYLLABLE =
            SYLLABLES.stream().mapToInt(String::length).max().orElse(6);

    private Pinyin() {}

    /** The readings of a character without tones, each once; empty for a character that is not Chinese. */
    static List<String> readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings == null) {
                return List.of();
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String reading : readings) {
                // the table writes ü as u: (lu:, nu:); v is how it is typed
                String typed = reading.replace("u:", "v");
                if (!typed.isEmpty() && typed.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    distinct.add(typed);
                }
            }
            return List.copyOf(distinct);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("the output format is fixed above", e);
        }
    }

    /**
     * The ways a word of Latin letters reads as two or more whole syllables, fewest syllables first, at most
     * {@link #MOST_CUTS}: {@code jianzhi} → [jian, zhi]; {@code xian} → [xi, an] (as one syllable it is no cut:
     * one syllable alone names too many characters to search by). Empty when the word is not all pinyin.
     */
    static List<List<String>> cuts(String word) {
        String letters = word.toLowerCase(java.util.Locale.ROOT).replace("ü", "v");
        if (letters.length() < 2 || letters.length() > 40 || !letters.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            return List.of();
        }
        // completes[i]: the letters from i on are whole syllables; no way is tried that cannot end well, so the
        // work stays small whatever is typed
        boolean[] completes = new boolean[letters.length() + 1];
        completes[letters.length()] = true;
        for (int from = letters.length() - 1; from >= 0; from--) {
            for (int end = from + 1;
                    end <= Math.min(letters.length(), from + LONGEST_SYLLABLE) && !completes[from];
                    end++) {
                completes[from] = completes[end] && SYLLABLES.contains(letters.substring(from, end));
            }
        }
        List<List<String>> cuts = new ArrayList<>();
        if (completes[0]) {
            cut(letters, 0, completes, new ArrayList<>(), cuts);
        }
        cuts.removeIf(c -> c.size() < 2);
        cuts.sort(java.util.Comparator.comparingInt(List::size));
        return cuts.size() > MOST_CUTS ? List.copyOf(cuts.subList(0, MOST_CUTS)) : List.copyOf(cuts);
    }

    private static void cut(
            String letters, int from, boolean[] completes, List<String> sofar, List<List<String>> cuts) {
        if (cuts.size() >= 4 * MOST_CUTS) {
            return;
        }
        if (from == letters.length()) {
            cuts.add(List.copyOf(sofar));
            return;
        }
        for (int end = Math.min(letters.length(), from + LONGEST_SYLLABLE); end > from; end--) {
            String syllable = letters.substring(from, end);
            if (completes[end] && SYLLABLES.contains(syllable)) {
                sofar.add(syllable);
                cut(letters, end, completes, sofar, cuts);
                sofar.removeLast();
            }
        }
    }

    /** Whether a word of letters can be the initials of Chinese characters (no syllable begins with i, u or v). */
    static boolean initials(String word) {
        return word.length() >= 2
                && word.length() <= 8
                && word.chars().allMatch(ch -> ch >= 'a' && ch <= 'z' && ch != 'i' && ch != 'u' && ch != 'v');
    }

    private static Set<String> syllables() {
        Set<String> syllables = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            syllables.addAll(readings(c));
        }
        syllables.removeIf(s -> s.chars().noneMatch(ch -> "aeiouv".indexOf(ch) >= 0));
        return Set.copyOf(syllables);
    }
}
