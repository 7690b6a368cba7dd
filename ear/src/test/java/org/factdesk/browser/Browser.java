package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving Factdesk like a person would, failing on any JavaScript error the page logs.
 * Waits are for conditions on the page, never for a fixed time.
 */
final class Browser implements AutoCloseable {

    /** Every demo account's password, as the README lists it. */
    static final String DEMO_PASSWORD = "factdesk";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;
    private final Path downloads;

    Browser(URL base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.downloads = Path.of(tempDir());
        var options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=en-GB", "--user-data-dir=" + tempDir());
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Before any script of a page runs, replaces alert, confirm and prompt with recorders and listens for Content
     * Security Policy violations, in every page and frame from now on: a hostile payload that runs, or that the policy
     * had to block, leaves a line in {@code window.__xss}.
     */
    void watchForHostileScripts() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                (() => {
                  const seen = [];
                  Object.defineProperty(window, '__xss', { value: seen, writable: false, configurable: false });
                  for (const name of ['alert', 'confirm', 'prompt']) {
                    window[name] = function (message) { seen.push(name + '(' + String(message) + ')'); return null; };
                  }
                  document.addEventListener('securitypolicyviolation', e => seen.push('blocked by the policy: '
                      + e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
                })();
                """));
    }

    /**
     * Opens an address without judging it and returns what the browser logged as errors there, for tests that
     * collect findings page by page instead of stopping at the first. The page's late events (a toggle, an image
     * that failed) have run by the time it returns.
     */
    List<String> visit(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        return settle();
    }

    /** Lets the current page's queued events run, then returns and clears the errors the browser logged. */
    List<String> settle() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => setTimeout(done, 0));");
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** What {@link #watchForHostileScripts} recorded on the current page. */
    @SuppressWarnings("unchecked")
    List<String> hostileScriptsRun() {
        var seen = ((JavascriptExecutor) driver).executeScript("return window.__xss ? Array.from(window.__xss) : null;");
        if (seen == null) {
            throw new IllegalStateException("the hostile script watch is not installed on " + driver.getCurrentUrl());
        }
        return ((List<Object>) seen).stream().map(String::valueOf).toList();
    }

    /**
     * Markup that exists only when hostile input reached the page unescaped: event handler attributes that call
     * alert, javascript: links and sources, srcdoc frames.
     */
    @SuppressWarnings("unchecked")
    List<String> injectedMarkup() {
        return ((List<Object>) ((JavascriptExecutor) driver).executeScript("""
                const found = [];
                for (const e of document.querySelectorAll('*')) {
                  for (const a of Array.from(e.attributes)) {
                    const name = a.name.toLowerCase(), value = a.value;
                    if (name.startsWith('on') && /(^|[^.\\w])(alert|confirm|prompt)\\s*\\(/.test(value)) found.push('<' + e.localName + ' ' + name + '="' + value + '">');
                    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name) && /^\\s*javascript:/i.test(value))
                      found.push('<' + e.localName + ' ' + name + '="' + value + '">');
                    if (name === 'srcdoc') found.push('<' + e.localName + ' srcdoc="' + value + '">');
                  }
                }
                return found;
                """)).stream().map(String::valueOf).toList();
    }

    /** The text the page shows its reader, as rendered (no script or hidden text). */
    String visibleText() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : '';"));
    }

    /** What a script run on the current page returns, for what the page shows but no element's text says. */
    Object evaluate(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The value of the form field with this id, as the browser holds it. */
    String valueOf(String id) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.value : null;", id));
    }

    /** The labels and series names a chart (p:chart with this id) draws, or null when no chart was drawn there. */
    @SuppressWarnings("unchecked")
    List<String> chartLabels(String id) {
        var labels = ((JavascriptExecutor) driver).executeScript("""
                const host = document.getElementById(arguments[0]);
                const canvas = host && (host.localName === 'canvas' ? host : host.querySelector('canvas'));
                let chart = canvas && window.Chart && window.Chart.getChart ? window.Chart.getChart(canvas) : null;
                if (!chart && window.PrimeFaces) {
                  const widget = Object.values(PrimeFaces.widgets).find(w => w && w.id === arguments[0] && w.chart);
                  chart = widget ? widget.chart : null;
                }
                if (!chart) return null;
                return chart.data.labels.map(String).concat(chart.data.datasets.map(d => String(d.label)));
                """, id);
        return labels == null ? null : ((List<Object>) labels).stream().map(String::valueOf).toList();
    }

    /** Sets a field's text at once, as pasting it would. */
    void fill(By locator, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", waitFor(locator), text);
    }

    /** Chooses a file for a file input, as picking it in the dialog would. */
    void upload(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    void open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        assertNoJavaScriptErrors();
    }

    /** Opens an address that must answer with the given HTTP error page; the browser logs that status, nothing else may be logged. */
    void openErrorPage(String path, int status) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        var unexpected = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("status of " + status))
                .toList();
        assertEquals(List.of(), unexpected, "JavaScript errors on " + driver.getCurrentUrl());
    }

    void login(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        waitFor(By.id("who"));
        assertNoJavaScriptErrors();
    }

    /**
     * Logs in afresh (any earlier session forgotten) without judging the page it lands on, for tests that inspect
     * that page themselves.
     */
    void signIn(String username, String password) {
        signOut();
        driver.get(base + "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        waitFor(By.id("who"));
    }

    /** Forgets the session, as closing the browser would: the next page is seen as a visitor sees it. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    void logout() {
        assertNoJavaScriptErrors();
        click(By.id("session:logout"));
        waitFor(By.id("login:username"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits longer than usual for a text, for work the server does in the background (a large import). */
    void waitForText(By locator, String text, Duration patience) {
        new WebDriverWait(driver, patience).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Opens a page that must be loaded completely within the given time: the browser gives up at that bound and the
     * test fails, so a page that reads what it need not (a whole text column, a whole table) cannot hide.
     */
    void openWithin(String path, Duration bound) {
        var timeouts = driver.manage().timeouts();
        var usual = timeouts.getPageLoadTimeout();
        timeouts.pageLoadTimeout(bound);
        try {
            open(path);
        } finally {
            timeouts.pageLoadTimeout(usual);
        }
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void type(By locator, String text) {
        var field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Fills a field with a text far too long to type (a 50 MB paste), built inside the browser. */
    void paste(By locator, String unit, int times) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1].repeat(arguments[2]);",
                waitFor(locator), unit, times);
    }

    /** Replaces a field's text the way a person does, by selecting it all first: some widgets refill a cleared field. */
    void retype(By locator, String text) {
        var field = waitFor(locator);
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, once its panel has finished fading in: a click
     * during the animation can land before the item handles it.
     */
    void choose(String menuId, String label) {
        var panel = By.id(menuId + "_panel");
        var item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        click(By.id(menuId));
        new WebDriverWait(driver, WAIT).until(d -> {
            var element = d.findElement(panel);
            return element.isDisplayed() && "1".equals(element.getCssValue("opacity"));
        });
        click(item);
        waitForText(By.id(menuId + "_label"), label);
    }

    /** Picks the option with this label in a plain select element. */
    void select(By locator, String label) {
        new org.openqa.selenium.support.ui.Select(waitFor(locator)).selectByVisibleText(label);
    }

    /** Answers "Yes" in the PrimeFaces confirm dialog that the last click opened. */
    void confirm() {
        click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
        assertNoJavaScriptErrors();
    }

    /** The raw text of elements the browser does not render, such as a JSON-LD script. */
    List<String> scriptContents(String type) {
        return driver.findElements(By.cssSelector("script[type='" + type + "']")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    void assertNoJavaScriptErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "JavaScript errors on " + driver.getCurrentUrl());
    }

    void screenshot(String name) {
        var dir = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the current page (WCAG 2 A and AA rules) and fails on any serious or critical violation,
     * naming the rule and the elements so the fix is obvious.
     */
    void assertAccessible() {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        var blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
        assertEquals(List.of(), blocking, "accessibility violations on " + driver.getCurrentUrl());
    }

    void assertPageContains(String text) {
        assertTrue(driver.getPageSource().contains(text), "page should contain: " + text);
    }

    @Override
    public void close() {
        try {
            assertNoJavaScriptErrors();
        } finally {
            driver.quit();
        }
    }

    /**
     * Clicks what starts a download and waits until the browser has saved the file, whose name ends as given.
     * Chromium writes a partial file first and renames it once complete, so only a finished file counts.
     */
    Path download(By trigger, String suffix) {
        var before = downloadedFiles();
        click(trigger);
        var file = new WebDriverWait(driver, WAIT).until(d -> downloadedFiles().stream()
                .filter(f -> !before.contains(f) && f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null));
        assertNoJavaScriptErrors();
        return file;
    }

    private List<Path> downloadedFiles() {
        try (var files = Files.list(downloads)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("factdesk-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
