package cn.longyuan.market.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run on the page a browser shows: WCAG 2.0 and 2.1 A and AA and axe's best
 * practices. {@link #assertNoSeriousViolations} fails with every serious or critical violation — its rule, the
 * selector of each element and the rule's help — so any browser test can check the page it stands on.
 * <p>
 * The engine is the {@code axe.min.js} Deque ships in its Selenium jar (MPL 2.0), injected through WebDriver's
 * {@code executeScript}, which Chromium runs outside the page's Content-Security-Policy (the policy's script-src does
 * not apply to it; {@link Browser} would report a refusal). Only the engine is taken from that jar: it is run here
 * with the project's own Selenium.
 */
final class Accessibility {

    /** The rule sets run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String ENGINE = load("/axe.min.js");

    private static final String RUN = """
            var rules = arguments[0], exclusions = arguments[1], watched = arguments[2];
            var done = arguments[arguments.length - 1];
            var target = function (node) {
                return node.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : t; }).join(' ');
            };
            axe.run(document, {runOnly: {type: 'tag', values: rules}, elementRef: true})
                .then(function (results) {
                    var violations = [];
                    results.violations.forEach(function (v) {
                        v.nodes.forEach(function (n) {
                            var selector = target(n);
                            var excused = exclusions.some(function (e) {
                                return e.rule === v.id && n.element && n.element.closest(e.within) !== null;
                            });
                            if (!excused) {
                                violations.push({rule: v.id, impact: n.impact || v.impact || 'unknown',
                                    help: v.help, helpUrl: v.helpUrl, target: selector,
                                    summary: n.failureSummary || ''});
                            }
                        });
                    });
                    var passed = {};
                    results.passes.forEach(function (p) {
                        watched.forEach(function (css) {
                            var count = p.nodes.filter(function (n) {
                                return n.element && n.element.matches(css);
                            }).length;
                            if (count > 0) {
                                passed[p.id + ' ' + css] = count;
                            }
                        });
                    });
                    done({version: results.testEngine.version, violations: violations, passed: passed});
                })
                .catch(function (e) { done({error: String(e && e.stack || e)}); });
            """;

    /**
     * PrimeFaces' {@code p:messages} writes each message as {@code <li role="alert" aria-atomic="true">} in its
     * {@code <ul>} (its MessagesRenderer; no attribute turns it off), and axe counts an item with another role than
     * listitem as no list item ({@code list}, serious). The alert role is what makes a screen reader say the message
     * at once, so the markup stays; the rule is excused inside those message boxes only.
     */
    static final List<Exclusion> PRIMEFACES_INTERNALS = List.of(new Exclusion(
            "list", ".ui-messages", "p:messages writes its messages as <li role=\"alert\"> items of a <ul>"));

    private Accessibility() {}

    /** One element that breaks one rule. */
    record Violation(String rule, String impact, String help, String helpUrl, String target, String summary) {

        boolean seriousOrWorse() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " — " + help + "\n      at " + target + "\n      "
                    + summary.replace("\n", "\n      ") + "\n      (" + helpUrl + ")";
        }
    }

    /**
     * A rule this project cannot satisfy on elements it does not write (a PrimeFaces internal), with the reason; it
     * excuses the rule on elements matching or inside the CSS selector {@code within}, and nothing else.
     */
    record Exclusion(String rule, String within, String reason) {}

    /**
     * What axe found on a page: its violations (every impact, less the excused) and, per rule and watched selector,
     * how many elements matching the selector passed the rule.
     */
    record Audit(String engineVersion, List<Violation> violations, Map<String, Long> passed) {

        List<Violation> serious() {
            return violations.stream().filter(Violation::seriousOrWorse).toList();
        }

        /** How many elements matching a watched selector passed the rule (axe's "incomplete" ones did not). */
        long passed(String rule, String selector) {
            return passed.getOrDefault(rule + " " + selector, 0L);
        }
    }

    /**
     * Fails when the page shows a serious or critical violation, naming each with its rule, element and help; answers
     * the audit. {@link #PRIMEFACES_INTERNALS} are excused, and the exclusions given.
     */
    static Audit assertNoSeriousViolations(WebDriver driver, String pageName, Exclusion... exclusions) {
        Audit audit = audit(driver, List.of(), exclusions);
        List<Violation> serious = audit.serious();
        if (!serious.isEmpty()) {
            throw new AssertionError(pageName + " (" + driver.getCurrentUrl() + "): " + serious.size()
                    + " serious or critical accessibility violations (axe " + audit.engineVersion() + "):\n  "
                    + serious.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
        return audit;
    }

    /**
     * Runs axe on the page as it is now, excusing {@link #PRIMEFACES_INTERNALS} and the exclusions given; the
     * answer counts, for each CSS selector in {@code watched}, the matching elements that passed each rule (say
     * {@code li .stock}, to see that axe checked those labels' contrast and they passed).
     */
    @SuppressWarnings("unchecked")
    static Audit audit(WebDriver driver, List<String> watched, Exclusion... exclusions) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(ENGINE);
        }
        List<Map<String, String>> excused = new ArrayList<>();
        for (Exclusion e : PRIMEFACES_INTERNALS) {
            excused.add(Map.of("rule", e.rule(), "within", e.within()));
        }
        for (Exclusion e : exclusions) {
            excused.add(Map.of("rule", e.rule(), "within", e.within()));
        }
        Map<String, Object> answer = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS, excused, watched);
        if (answer == null || answer.containsKey("error")) {
            throw new AssertionError(
                    "axe did not run on " + driver.getCurrentUrl() + ": " + (answer == null ? "no answer" : answer));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer.get("violations")) {
            violations.add(new Violation(
                    (String) v.get("rule"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    (String) v.get("helpUrl"),
                    (String) v.get("target"),
                    (String) v.get("summary")));
        }
        Map<String, Long> passed = new HashMap<>();
        ((Map<String, Object>) answer.get("passed"))
                .forEach((key, count) -> passed.put(key, ((Number) count).longValue()));
        return new Audit((String) answer.get("version"), violations, passed);
    }

    private static String load(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " (axe-core, from com.deque.html.axe-core:selenium) is not"
                        + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
