package cn.longyuan.market.system;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Debian's chromedriver — never a downloaded driver. Where neither
 * is installed the browser tests are skipped, unless {@code REQUIRE_BROWSER=true} (CI sets it), which
 * turns a missing browser into a failure.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** A new headless browser that asks for pages in the given language ("zh-CN", "en"). */
    public static WebDriver open(String language, int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException("REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--accept-lang=" + language, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public static WebDriver open(String language) {
        return open(language, 1280, 900);
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("app.log.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
