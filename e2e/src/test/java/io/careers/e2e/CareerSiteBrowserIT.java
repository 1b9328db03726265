package io.careers.e2e;

import io.careers.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The career site as a visitor sees it, in headless Chromium: the platform started as a user starts
 * it ({@code ./platform up -d}, sample data included), the page read, the schools paged, a career
 * searched for, and schools-service stopped. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CareerSiteBrowserIT {
    private static final String SITE = "http://localhost:" + Platform.WEB;
    private static final String PAGE = SITE + "/careers/medical-records-administration";
    private final Platform platform = new Platform();
    private Browser browser;

    @BeforeAll
    void up() throws Exception {
        platform.run("down");
        platform.wipe();
        platform.run("up", "-d");
        browser = new Browser();
    }

    @AfterAll
    void down() throws Exception {
        if (browser != null) {
            browser.close();
        }
        platform.run("down");
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    /**
     * Waits until the browser shows a page whose address passes the test, wholly loaded. A form's
     * {@code submit()} returns before the next page is there: reading it at once may read the old
     * page, or an element of it that the navigation then removes.
     */
    private void awaitPage(String what, Predicate<String> address) {
        Eventually.await(what, Duration.ofSeconds(15), () -> address.test(browser.driver.getCurrentUrl())
            && "complete".equals(((JavascriptExecutor) browser.driver).executeScript("return document.readyState")));
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    @Test
    @Order(1)
    void theCareerPageShowsTheFiguresAndLabelsEverySponsoredSchool() throws Exception {
        // A cold platform answers its first pages with sections degraded, and articles-service binds the
        // figures once it has the release: wait for the whole page as a visitor would reload it.
        Eventually.await("the whole page with its figures", Duration.ofSeconds(90), () -> {
            browser.driver.get(PAGE);
            // Until then the site may show its "try again" page, which has no article at all.
            return all(".notice").isEmpty() && !all("article").isEmpty() && text("article").contains("$34,970")
                && !all("li.school").isEmpty();
        });
        browser.screenshot("career-page");

        assertEquals("Medical Records Administration", text("main h1"));
        assertTrue(browser.driver.getTitle().startsWith("Medical Records Administration"), browser.driver.getTitle());
        WebElement median = browser.driver.findElements(By.cssSelector("table.wages tbody tr")).get(2);
        assertEquals("Median $16.81 $34,970", median.getText(), "the May 2013 median of the original page");
        assertTrue(text(".sources").contains("$34,970: BLS OEWS, May 2013"), text(".sources"));
        assertTrue(text("#salary").contains("SOC 2018 replaced this code with 29-2072 Medical Records Specialists and 29-9021"),
            "the page says where figures after May 2013 are: " + text("#salary"));
        assertFalse(all("#salary svg[role=img] rect").isEmpty(), "the wage chart is drawn");
        List<WebElement> sponsored = all("li.school.sponsored");
        assertFalse(sponsored.isEmpty(), "the sample data has sponsored schools for this career");
        for (WebElement school : sponsored) {
            WebElement disclosure = school.findElement(By.cssSelector(".disclosure"));
            assertTrue(disclosure.isDisplayed() && !disclosure.getText().isBlank(), "every sponsored school is labelled");
        }
        assertEquals(1, all("main h1").size(), "one main heading");
        assertFalse(all("header.site form[role=search]").isEmpty(), "a search landmark");
        assertFalse(browser.driver.findElement(By.cssSelector("script[type='application/ld+json']"))
            .getAttribute("innerHTML").isBlank(), "JSON-LD for search engines");
    }

    @Test
    @Order(2)
    void theSchoolsPageToPageTwoAndBack() throws Exception {
        browser.driver.get(PAGE);
        String firstOnPageOne = text("li.school h3");
        browser.driver.findElement(By.cssSelector("#schools nav.pager a[rel=next]")).click();
        awaitPage("the second page of schools", url -> url.contains("schoolsPage=2"));
        assertTrue(text("#schools .count").contains("page 2 of"), text("#schools .count"));
        assertNotEquals(firstOnPageOne, text("li.school h3"), "page 2 shows other schools");
        browser.screenshot("career-page-schools-2");

        browser.driver.navigate().back();
        assertTrue(text("#schools .count").contains("page 1 of"), text("#schools .count"));
        assertEquals(firstOnPageOne, text("li.school h3"));
    }

    @Test
    @Order(3)
    void aVisitorFindsTheCareerByTypingMedicalRecords() throws Exception {
        browser.driver.get(SITE + "/careers");
        assertTrue(all("ol.careers-list li").size() >= 12, "the index lists the sample career pages");
        WebElement box = browser.driver.findElement(By.id("careers-search"));
        box.sendKeys("medical records");
        box.submit();
        awaitPage("the search's results", url -> url.contains("q="));

        assertEquals("Careers matching “medical records”", text("main h1"));
        WebElement first = browser.driver.findElement(By.cssSelector("ol.careers-list li a"));
        assertEquals("Medical Records Administration", first.getText());
        assertFalse(all("ol.careers-list li .snippet mark").isEmpty(), "the words found are marked");
        browser.screenshot("search");
        first.click();
        awaitPage("the career page", PAGE::equals);
    }

    @Test
    @Order(4)
    void withSchoolsServiceStoppedThePageSaysSoAndKeepsTheRest() throws Exception {
        platform.kill("schools-service");
        // A page of schools not asked for before: no copy of it is cached anywhere.
        browser.driver.get(PAGE + "?schoolsPage=3");

        assertTrue(text(".notice[role=status]").contains("Popular Schools"), text(".notice[role=status]"));
        assertTrue(text("article").contains("$34,970"), "the article is there");
        assertTrue(text("#salary").contains("$34,970"), "the salary section is there");
        assertTrue(all("li.school").isEmpty());
        browser.screenshot("career-page-schools-down");
    }
}
