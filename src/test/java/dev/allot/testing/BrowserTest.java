package dev.allot.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A real browser (Debian's Chromium, never a downloaded one) on the running application. Without a
 * Chromium the tests are skipped with a message, except in CI (CI=true), where they must run. Each
 * test leaves a screenshot in target/screenshots/.
 */
public abstract class BrowserTest extends AllotIntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ALLOT_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests, but there is no Chromium at " + CHROMIUM);
        }
        assumeTrue(present, "Browser tests skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium, or set ALLOT_CHROMIUM)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void screenshot(TestInfo test) throws Exception {
        if (page != null) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        }
        if (context != null) {
            context.close();
        }
    }

    /** Signs in through the form. */
    protected void signInAs(String email, String password) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
