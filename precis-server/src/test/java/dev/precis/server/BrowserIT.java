package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run}
 * installs): the story list, a story's summary, and a source marker that opens the source text with
 * the sentence highlighted. Screenshots go to {@code target/screenshots/}.
 */
class BrowserIT {
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("precis.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("precis.chromium", "/usr/bin/chromium"));

    @TempDir
    static Path store;

    private static PrecisServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "headless Chromium not installed (apt-get install chromium chromium-driver; .ci/run does)");
        server = PrecisServer.start("127.0.0.1", 0, store, Precis.builder().build());
        Http http = new Http(server.port());
        try (Stream<Path> seeds = Files.list(Shared.seeds())) {
            for (Path seed : seeds.sorted().toList()) {
                assertEquals(
                        201, http.post("/articles", Files.readAllBytes(seed)).status());
            }
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1600");
        // The driver is given, so Selenium Manager never looks for one online.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fromTheStoryListToAHighlightedSourceSentence() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/");
        List<WebElement> stories = browser.findElements(By.cssSelector("#stories a.story"));
        assertEquals(1, stories.size(), "the five seeds are one story");
        screenshot("stories.png");

        stories.get(0).click();
        List<WebElement> sentences = browser.findElements(By.cssSelector("span.sentence"));
        assertFalse(sentences.isEmpty(), "the summary is shown");
        assertTrue(browser.getPageSource().contains("Where sources disagree"));
        screenshot("story.png");

        WebElement first = sentences.get(0);
        String sentence = first.getText().replaceAll("\\s*(\\[\\d+\\])+$", "").strip();
        WebElement marker = first.findElement(By.cssSelector("a.marker"));
        marker.click();
        WebElement highlighted = browser.findElement(By.cssSelector("mark#highlight"));
        String words = sentence.substring(0, Math.min(40, sentence.length()));
        assertTrue(
                highlighted.getText().startsWith(words),
                "the source text opens with the summary sentence highlighted: '" + highlighted.getText() + "' vs '"
                        + sentence + "'");
        assertTrue(
                browser.findElements(By.tagName("article")).get(0).getText().length()
                        > highlighted.getText().length(),
                "the whole source text is shown around it");
        screenshot("source.png");
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
