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

    @Test
    void aStoryThatGrewBetweenTwoVisitsShowsWhatIsNewFirst() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        Http http = new Http(server.port());
        int id = http.get("/stories").json().get("stories").get(0).get("id").asInt();
        browser.get(base + "/view/" + id);
        assertFalse(browser.findElement(By.id("new")).isDisplayed(), "a first visit has nothing new");

        // Text written for this test: a later development of the seeds' story.
        String later = "Barack Obama and Vladimir Putin agreed on Tuesday that John Kerry and Sergey Lavrov would"
                + " meet again in Geneva on Friday to work on the Syria ceasefire deal that the United States and"
                + " Russia failed to reach at the G20 summit in Hangzhou.\n\nThe Geneva talks would take up the"
                + " points of the Syria deal that Russia had walked back, a State Department spokesman said.";
        Http.Response posted = http.post(
                "/articles",
                Http.json(java.util.Map.of(
                        "id", "geneva", "source", "Test Wire", "published", "2016-09-06", "text", later)));
        assertEquals(201, posted.status(), posted.body());
        assertEquals(1, http.get("/stories").json().get("total").asInt(), "the new article joins the story");

        browser.get(base + "/view/" + id);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("new")).isDisplayed());
        WebElement fresh = browser.findElement(By.id("new"));
        assertTrue(fresh.getText().contains("1 new article"), fresh.getText());
        assertTrue(fresh.getText().contains("Geneva"), fresh.getText());
        assertTrue(
                fresh.findElements(By.cssSelector("a.marker")).stream()
                        .anyMatch(a -> a.getText().equals("[6]")),
                "the new sentences point to the new source: " + fresh.getText());
        List<WebElement> headings = browser.findElements(By.tagName("h2"));
        assertEquals("New since your last visit", headings.get(0).getText(), "what is new comes first");
        screenshot("story-new.png");

        browser.get(base + "/");
        WebElement lead = browser.findElement(By.cssSelector("#stories .lead"));
        assertFalse(lead.getText().isBlank(), "the front page shows the summary's opening");
        assertTrue(
                browser.findElement(By.cssSelector("#stories .meta")).getText().contains("6 articles"));
        screenshot("front.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(base + "/view/" + id);
        screenshot("story-phone.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
