package io.charterline.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, one fresh profile per test. Both paths are
 * given explicitly, so Selenium Manager never runs and nothing is downloaded. Without Chromium the test is
 * skipped with a message; in CI ({@code CI=true}) it fails instead, because there the browser tests must run.
 * A failing test leaves a screenshot in {@link #SCREENSHOTS}.
 *
 * <pre>{@code @RegisterExtension final Browser browser = new Browser();}</pre>
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        requireInstalled();
        profile = Files.createTempDirectory("charterline-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // --no-sandbox: CI and these machines run as root, where Chromium's sandbox refuses to start.
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-failed");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 30 s: the first Cockpit page loads the whole webapp. */
    /**
     * Clicks the element in the middle of the window: Tasklist's fixed footer covers the bottom edge, where Selenium
     * would otherwise scroll a button to and then have its click intercepted.
     */
    public void click(WebElement element) {
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} and answers the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    /** Skips the calling test where Chromium or its driver is missing, or fails it in CI where they must be. */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                missing.add(executable.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser test needs Debian's Chromium and its driver (missing: " + String.join(", ", missing)
                + "). Install them with `apt-get install -y chromium chromium-driver`.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " CI=true: browser tests are part of the build there and must not be skipped.");
        }
        Assumptions.abort(message);
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } finally {
            profile = null;
        }
    }
}
