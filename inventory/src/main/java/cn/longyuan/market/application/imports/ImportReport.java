package cn.longyuan.market.application.imports;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/**
 * What a file would bring (a preview) or brought (written): its rows below the header, those that are (or were)
 * created with what each creates, and every problem. Nothing is written while there is a problem.
 */
public record ImportReport(
        ImportKind kind,
        long cooperativeId,
        String cooperativeZh,
        String cooperativeEn,
        int rows,
        List<Accepted> accepted,
        List<ImportProblem> problems,
        boolean written)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A good row and what it creates ({@code summary}: her display name, the product's name, "product @ place × n"). */
    public record Accepted(int row, String summary) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public ImportReport {
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
    }

    /** The cooperative's name in that language (Chinese when it has no English one). */
    public String cooperative(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && cooperativeEn != null ? cooperativeEn : cooperativeZh;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The rows that have a problem, in order (0: the file or its header as a whole). */
    public List<Integer> badRows() {
        return List.copyOf(
                new TreeSet<>(problems.stream().map(ImportProblem::row).toList()));
    }
}
