package cn.longyuan.market.admin.interfaces.report;

import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.report.ChainReport.Filter;
import cn.longyuan.market.application.report.ChainReport.Grouping;
import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's parameters as the page, the files and the REST call take them ({@code from}, {@code to} as
 * YYYY-MM-DD, {@code course}, {@code township}, {@code cooperative}, {@code group}); a missing period is this year.
 * Wrong values are a VALIDATION refusal naming the parameter.
 */
public record ReportParameters(Filter filter, Grouping grouping) {

    public static ReportParameters parse(
            ChainReport report,
            String from,
            String to,
            String course,
            String township,
            String cooperative,
            String group) {
        List<FieldViolation> violations = new ArrayList<>();
        Filter year = report.thisYear();
        LocalDate start = date("from", from, year.from(), violations);
        LocalDate end = date("to", to, year.to(), violations);
        Long courseId = id("course", course, violations);
        Long cooperativeId = id("cooperative", cooperative, violations);
        Grouping grouping = Grouping.COURSE;
        if (group != null && !group.isBlank()) {
            try {
                grouping = Grouping.valueOf(group.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("group", "one of COURSE, CRAFT, TOWNSHIP, COOPERATIVE"));
            }
        }
        if (violations.isEmpty() && end.isBefore(start)) {
            violations.add(new FieldViolation("to", "must not be before from"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The report's parameters are wrong.", violations);
        }
        return new ReportParameters(new Filter(start, end, courseId, township, cooperativeId), grouping);
    }

    /** The query string that asks for the same report (for the file links). */
    public String query() {
        StringBuilder q =
                new StringBuilder("from=").append(filter.from()).append("&to=").append(filter.to());
        if (filter.courseId() != null) {
            q.append("&course=").append(filter.courseId());
        }
        if (filter.township() != null) {
            q.append("&township=")
                    .append(java.net.URLEncoder.encode(filter.township(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.cooperativeId() != null) {
            q.append("&cooperative=").append(filter.cooperativeId());
        }
        return q.append("&group=").append(grouping.name()).toString();
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, List<FieldViolation> violations) {
        LocalDate day = FieldChecks.date(violations, field, value);
        return day == null ? otherwise : day;
    }

    private static Long id(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "an id"));
            return null;
        }
    }
}
