package cn.longyuan.market.application.audit;

import cn.longyuan.market.application.shared.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change an audit entry records, as written by the services in English ("coop-li: COOP_MANAGER of cooperative 3 →
 * BROKER", "coop-li: active → disabled", "coop-li: set-password link", "PRODUCTS × 12"), read back as phrases so that the audit page says it in
 * its language; values nobody translates (a price, a tier list, an e-mail address, a count) stay as recorded. The
 * keys are {@code audit.detail.<key>}. A detail that takes none of these forms is shown as recorded.
 */
public final class AuditDetails {

    private static final String ARROW = " → ";
    private static final Pattern ROLE = Pattern.compile("(FEDERATION|COOP_MANAGER|BROKER)(?: of cooperative (\\d+))?");
    private static final Pattern CREATED = Pattern.compile(
            "((?:FEDERATION|COOP_MANAGER|BROKER)(?: of cooperative \\d+)?), (password given|set-password link)"
                    + "(?:, e-mail (.+))?",
            Pattern.DOTALL);
    private static final Pattern IMPORTED = Pattern.compile("(PRODUCTS|ARTISANS|OPENING_STOCK) × (\\d+)");
    /** An account's entries start with its user name: "coop-ningyuan: active → disabled". */
    private static final Pattern OF_ACCOUNT = Pattern.compile("([^\\s:]+): (.*)", Pattern.DOTALL);

    private AuditDetails() {}

    /** The entry's change as phrases, or empty when it has none or takes none of the services' forms. */
    public static Optional<List<Segment>> phrases(String action, String detail) {
        if (action == null || detail == null) {
            return Optional.empty();
        }
        if (action.startsWith("ACCOUNT_")) {
            Matcher account = OF_ACCOUNT.matcher(detail);
            if (!account.matches()) {
                return Optional.empty();
            }
            return ofAccount(action, account.group(2)).map(rest -> {
                List<Segment> segments = new ArrayList<>();
                segments.add(new Segment("account", List.of(account.group(1))));
                segments.addAll(rest);
                return segments;
            });
        }
        return switch (action) {
            case AuditTrail.IMPORTED -> imported(detail);
            case AuditTrail.WHOLESALE_PRICES_CHANGED -> change(detail);
            default -> Optional.empty();
        };
    }

    private static Optional<List<Segment>> ofAccount(String action, String detail) {
        return switch (action) {
            case "ACCOUNT_CREATED" -> created(detail);
            case "ACCOUNT_RESET" -> reset(detail);
            case "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ACCOUNT_ROLE_CHANGED", "ACCOUNT_EMAIL_CHANGED" ->
                change(detail);
            default -> Optional.empty();
        };
    }

    /** "before → after", each side said on its own. */
    private static Optional<List<Segment>> change(String detail) {
        int arrow = detail.indexOf(ARROW);
        if (arrow < 0 || detail.indexOf(ARROW, arrow + 1) >= 0) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>(side(detail.substring(0, arrow)));
        segments.add(new Segment("arrow", List.of()));
        segments.addAll(side(detail.substring(arrow + ARROW.length())));
        return Optional.of(segments);
    }

    /** One side of a change: a state, a role (of a cooperative), "none", or a value as recorded. */
    private static List<Segment> side(String text) {
        if (text.equals("active") || text.equals("disabled") || text.equals("none")) {
            return List.of(new Segment(text, List.of()));
        }
        Matcher role = ROLE.matcher(text);
        if (role.matches()) {
            return role(role);
        }
        return List.of(new Segment("value", List.of(text)));
    }

    private static List<Segment> role(Matcher role) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("role." + role.group(1), List.of()));
        if (role.group(2) != null) {
            segments.add(new Segment("ofCooperative", List.of(role.group(2))));
        }
        return segments;
    }

    private static Optional<List<Segment>> created(String detail) {
        Matcher m = CREATED.matcher(detail);
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher role = ROLE.matcher(m.group(1));
        if (!role.matches()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>(role(role));
        segments.add(new Segment(m.group(2).equals("password given") ? "passwordGiven" : "linkGiven", List.of()));
        if (m.group(3) != null) {
            segments.add(new Segment("email", List.of(m.group(3))));
        }
        return Optional.of(segments);
    }

    private static Optional<List<Segment>> reset(String detail) {
        return switch (detail) {
            case "temporary password given" -> Optional.of(List.of(new Segment("temporaryPassword", List.of())));
            case "set-password link" -> Optional.of(List.of(new Segment("link", List.of())));
            default -> Optional.empty();
        };
    }

    private static Optional<List<Segment>> imported(String detail) {
        Matcher m = IMPORTED.matcher(detail);
        return m.matches()
                ? Optional.of(List.of(new Segment("imported." + m.group(1), List.of(m.group(2)))))
                : Optional.empty();
    }
}
