package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lactationclinic.infrastructure.demo.DemoClinic;

/**
 * The camera for docs/images, checking as it goes that each page shows what the picture is for: walks a running demo
 * clinic ({@code mvn -Prun package}) and saves screenshots of the charting pages. Run with {@code mvn test
 * -Dtest=ScreenshotTour -Dtour.url=http://localhost:8080/ -Dscreenshots.dir=docs/images}.
 */
@EnabledIfSystemProperty(named = "tour.url", matches = ".+")
class ScreenshotTour {

    @Test
    void chartingPages() throws Exception {
        String base = System.getProperty("tour.url");
        try (Browser browser = Browser.start()) {
            browser.signIn(base, DemoClinic.CONSULTANT_USERNAME);
            browser.waitForUrl("dyad/today.xhtml");
            browser.open(base + "dyad/search.xhtml");
            // the Okafor twins' latest visit is a draft (DemoClinic)
            browser.type("search:name", "okafor");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Okafor");
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            browser.find("#overview\\:consultations tbody tr a").click();
            browser.waitForUrl("consultation/edit.xhtml");
            // a weight below the last one, as a consultant would type it, to show the live flags
            browser.type("visit:charts:0:weight", "2.45 kg");
            browser.leave("visit:charts:0:weight");
            browser.click("visit:charts:0:addFeed");
            assertTrue(
                    browser.text("#visit\\:flags")
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("adaeze"),
                    "the weight typed raised a flag live");
            browser.fullPage();
            assertPicture(browser.screenshot("10-consultation-charting"));
            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");
            browser.find("[id$='visit:history']").click();
            browser.waitForUrl("consultation/history.xhtml");
            browser.fullPage();
            assertPicture(browser.screenshot("14-consultation-history"));

            browser.driver().navigate().back();
            browser.waitForUrl("consultation/edit.xhtml");
            browser.find("[id$='visit:carePlan']").click();
            browser.waitForUrl("consultation/care-plan.xhtml");
            assertTrue(browser.text("main").contains("Feed your baby often"), "the demo plan's steps");
            browser.fullPage();
            assertPicture(browser.screenshot("15-care-plan"));
            String consultation = browser.driver().getCurrentUrl().replaceAll(".*consultation=([0-9a-f-]{36}).*", "$1");
            browser.open(base + "consultation/print?consultation=" + consultation + "&document=plan");
            assertTrue(browser.text(".sheet").contains("Your feeding plan"), "the print view");
            browser.fullPage();
            assertPicture(browser.screenshot("16-take-home-plan-print-view"));
            browser.open(base + "consultation/print?consultation=" + consultation + "&document=letter");
            assertTrue(browser.text(".sheet").contains("Findings"), "the letter");
            browser.fullPage();
            assertPicture(browser.screenshot("17-provider-letter-print-view"));

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "okafor");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Okafor");
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            browser.find("[id$='infant:0:growth']").click();
            browser.waitForUrl("dyad/infant.xhtml");
            assertTrue(browser.text("#weights").contains("percentile"), "WHO weight-for-age for every weight");
            browser.fullPage();
            assertPicture(browser.screenshot("11-growth-chart"));

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "thompson");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Thompson");
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            browser.find("[id$='overview:pumping']").click();
            browser.waitForUrl("dyad/pumping.xhtml");
            assertTrue(browser.text("#rollingTotal").contains(" mL"), "the last 24 hours are summed");
            browser.fullPage();
            assertPicture(browser.screenshot("13-pumping-log"));

            browser.find("form.signout button").click();
            browser.waitForUrl("login.xhtml");
            browser.signIn(base, DemoClinic.ADMIN_USERNAME);
            browser.waitForUrl("admin/staff/list.xhtml");
            browser.open(base + "admin/settings/edit.xhtml");
            assertTrue(browser.text("main").contains("LATCH"), "the settings list the configurable thresholds");
            browser.fullPage();
            assertPicture(browser.screenshot("12-clinic-settings"));

            browser.open(base + "admin/audit/search.xhtml");
            browser.click("audit:verify");
            browser.waitForText("#audit\\:verdict", "intact");
            browser.fullPage();
            assertPicture(browser.screenshot("15-audit-trail"));

            browser.open(base + "admin/reports/outcomes.xhtml");
            assertTrue(browser.text("main").contains("About 2 weeks"), "the outcomes report shows the feeding checks");
            browser.fullPage();
            assertPicture(browser.screenshot("21-report-outcomes"));
        }
    }

    /** A picture a human can look at: a PNG of some size, not an empty file. */
    private static void assertPicture(Path png) throws IOException {
        assertTrue(Files.size(png) > 10_000, () -> png + " is too small to show a page");
    }
}
