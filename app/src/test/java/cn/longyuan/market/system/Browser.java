package cn.longyuan.market.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Debian's headless Chromium driven by Debian's chromedriver — never a downloaded driver. Where neither
 * is installed the browser tests are skipped, unless {@code REQUIRE_BROWSER=true} (CI sets it), which
 * turns a missing browser into a failure.
 * <p>
 * Every browser it opens is watched for what the pages' policies refuse: a Content-Security-Policy violation (Chromium
 * logs "Executing inline script violates the following Content Security Policy directive …", older ones "Refused to
 * …") or a Permissions-Policy header it cannot read. {@code quit()} fails the test with the messages
 * when there was any, so every browser test checks that the pages work under the policies they are sent with;
 * {@link #policyViolations} reads them earlier.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final int MAX_SHOT_HEIGHT = 6000;
    private static final int DESKTOP_MIN_WIDTH = 500;

    private Browser() {}

    /**
     * Waits for an element to leave the page (a submitted form replaced by its answer). Selenium's own
     * {@code stalenessOf} lets through Chromium's "Node with given id does not belong to the document", which
     * Chromium answers instead of a stale reference when the page is being replaced at that very moment: it means
     * the same thing, gone.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** A new headless browser that asks for pages in the given language ("zh-CN", "en"). */
    public static WebDriver open(String language, int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException(
                    "REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=" + language,
                "--accept-lang=" + language,
                "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        if (width < DESKTOP_MIN_WIDTH) {
            // a window cannot be narrower than 500 px, so a phone is emulated: its width, and the viewport meta
            // honoured
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of(
                                    "width",
                                    width,
                                    "height",
                                    height,
                                    "pixelRatio",
                                    1.0,
                                    "mobile",
                                    true,
                                    "touch",
                                    true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return PolicyWatch.watching(new ChromeDriver(service, options));
    }

    /** What the browser refused so far under the pages' policies (see the class comment); empty when all is well. */
    public static List<String> policyViolations(WebDriver driver) {
        if (Proxy.isProxyClass(driver.getClass()) && Proxy.getInvocationHandler(driver) instanceof PolicyWatch watch) {
            return watch.violations();
        }
        throw new IllegalArgumentException("not a browser opened by Browser.open: " + driver);
    }

    public static WebDriver open(String language) {
        return open(language, 1280, 900);
    }

    /**
     * Keeps a screenshot of the whole page (up to {@value #MAX_SHOT_HEIGHT} pixels high) under target/screenshots
     * for a person to look at; Chromium draws the page beyond the window for it.
     */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("app.log.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            if (driver instanceof HasCdp cdp) {
                JavascriptExecutor js = (JavascriptExecutor) driver;
                long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
                long height = Math.min(
                        MAX_SHOT_HEIGHT,
                        ((Number) js.executeScript(
                                        "return Math.max(document.documentElement.scrollHeight, window.innerHeight)"))
                                .longValue());
                Map<String, Object> shot = cdp.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            } else {
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser itself behind every interface it has (so that screenshots over CDP, Actions and JavaScript work
     * as before), reading its console log for policy violations; {@code quit()} quits, then fails on any.
     */
    private static final class PolicyWatch implements InvocationHandler {

        private static final List<String> SIGNS = List.of(
                "Content Security Policy", "Content-Security-Policy", "Permissions-Policy", "Permissions Policy");

        private final ChromeDriver driver;
        private final Set<String> violations = new LinkedHashSet<>();

        private PolicyWatch(ChromeDriver driver) {
            this.driver = driver;
        }

        static WebDriver watching(ChromeDriver driver) {
            Set<Class<?>> interfaces = new LinkedHashSet<>();
            for (Class<?> type = driver.getClass(); type != null; type = type.getSuperclass()) {
                collectInterfaces(type, interfaces);
            }
            return (WebDriver) Proxy.newProxyInstance(
                    Browser.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), new PolicyWatch(driver));
        }

        private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
            for (Class<?> implemented : type.getInterfaces()) {
                if (into.add(implemented)) {
                    collectInterfaces(implemented, into);
                }
            }
        }

        synchronized List<String> violations() {
            try {
                for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                    if (SIGNS.stream().anyMatch(sign -> entry.getMessage().contains(sign))) {
                        violations.add(entry.getMessage());
                    }
                }
            } catch (RuntimeException closed) {
                // the browser is gone already: what was read before stands
            }
            return new ArrayList<>(violations);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("quit") && method.getParameterCount() == 0) {
                List<String> refused = violations();
                driver.quit();
                if (!refused.isEmpty()) {
                    throw new AssertionError(
                            "the browser refused what the page's policies forbid:\n  " + String.join("\n  ", refused));
                }
                return null;
            }
            try {
                return method.invoke(driver, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
