package cn.longyuan.market.application.report;

import cn.longyuan.market.application.report.ChainReport.Figures;
import cn.longyuan.market.application.report.ChainReport.Filter;
import cn.longyuan.market.application.report.ChainReport.Grouping;
import cn.longyuan.market.application.report.ChainReport.Report;
import cn.longyuan.market.application.report.ChainReport.Row;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The programme's impact for the shop's public page, from the same figures as the federation's report
 * ({@link ChainReport}) but anonymised: counts and sums only — never a name, a phone, a household status, nor the
 * poor-household split. A breakdown by craft shows only groups of at least {@value #MIN_GROUP} women:
 * small groups re-identify people (in a township, "the 2 women trained in shadow puppets, who earned ¥3,400" are
 * known by name to their neighbours), so smaller crafts are pooled into "other crafts", and that pool too is left
 * out when it is still smaller than {@value #MIN_GROUP}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactFigures {

    /** The smallest number of women a published figure may be broken down to. */
    public static final int MIN_GROUP = 5;

    /** Since the programme's records began: the report's "all time". */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private ChainReport chainReport;

    protected ImpactFigures() {
        // for CDI proxies
    }

    @Inject
    public ImpactFigures(ChainReport chainReport) {
        this.chainReport = chainReport;
    }

    /** A craft's line: how many women it trained and how many of them have made pieces since. */
    public record CraftLine(BilingualText craft, int womenTrained, int womenProducing) {}

    /**
     * The headline figures (women trained since the beginning, how many of them have made pieces since, and this
     * year's pieces sold and income that reached the women) and the crafts' lines that are large enough to show;
     * {@code otherCrafts} pools the small ones (null when even the pool is too small); {@code smallGroupsWithheld}
     * says that something was left out.
     */
    public record Impact(
            int year,
            int womenTrained,
            int womenProducing,
            long piecesSoldThisYear,
            long incomeThisYearFen,
            List<CraftLine> crafts,
            CraftLine otherCrafts,
            boolean smallGroupsWithheld) {}

    public Impact now() {
        Filter thisYear = chainReport.thisYear();
        Report allTime =
                chainReport.publicAggregates(new Filter(BEGINNING, thisYear.to(), null, null, null), Grouping.CRAFT);
        Report year = chainReport.publicAggregates(thisYear, Grouping.CRAFT);
        List<CraftLine> shown = new ArrayList<>();
        Set<String> small = new HashSet<>();
        for (Row row : allTime.rows()) {
            Figures f = row.all();
            if (f.womenTrained() >= MIN_GROUP) {
                shown.add(new CraftLine(row.label(), f.womenTrained(), f.womenProduced()));
            } else if (f.womenTrained() > 0) {
                small.add(row.key());
            }
        }
        CraftLine others = null;
        if (!small.isEmpty()) {
            // each woman once, however many of the small crafts she learnt
            Figures pool = chainReport.pooled(allTime.filter(), Grouping.CRAFT, small);
            if (pool.womenTrained() >= MIN_GROUP) {
                others = new CraftLine(
                        new BilingualText("其他手艺", "Other crafts"), pool.womenTrained(), pool.womenProduced());
            }
        }
        boolean withheld = !small.isEmpty();
        return new Impact(
                thisYear.to().getYear(),
                allTime.total().womenTrained(),
                allTime.total().womenProduced(),
                Math.max(0, year.total().piecesSold()),
                Math.max(0, year.total().incomeFen()),
                List.copyOf(shown),
                others,
                withheld);
    }
}
