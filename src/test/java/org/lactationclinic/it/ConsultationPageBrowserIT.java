package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The consultation page as a consultant uses it during the appointment (issue 12), in a real browser at 1366x768: a
 * refused Save says why beside the button, a flag's link takes her to the field that raised it, the focus lands in what
 * she just added, and signing with no care plan asks first. On the demo clinic's twins (Amara Okafor's Chidi and
 * Adaeze), each test on a consultation of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationPageBrowserIT {

    private static final String CHIDI = "visit:charts:0:";

    @ArquillianResource
    private URL deployedAt;

    private String base;

    @BeforeEach
    void useLoopback() throws Exception {
        base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
    }

    @Test
    void refusedSave_shouldSayWhyBesideTheButtonAndLinkToTheField() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type(CHIDI + "temperature", "38,4");
            browser.click("visit:save");
            browser.waitForText(".action-errors-list", "problem");
            WebElement errors = browser.find(".action-errors-list");
            assertTrue(inViewport(browser, errors), "the reasons show in the window, not thousands of pixels up");
            assertTrue(inViewport(browser, browser.byId("visit:save")), "beside the Save button");
            assertTrue(errors.getText().contains("Temperature"), "the link names the field: " + errors.getText());
            errors.findElement(By.cssSelector("a")).click();
            assertTrue(
                    activeId(browser).startsWith(CHIDI + "temperature"),
                    "the link moves the focus: " + activeId(browser));
        }
    }

    @Test
    void flagLink_shouldMoveTheFocusToTheFieldThatRaisedIt() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type(CHIDI + "weight", "2000");
            browser.leave(CHIDI + "weight");
            browser.waitForText("#visit\\:flags", "birth weight");
            WebElement flags = browser.find("#visit\\:flags");
            assertTrue(inViewport(browser, flags), "the flags summary is always in view");
            assertTrue(flags.getText().contains("refer"), "counted by severity: " + flags.getText());
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('sec-note').scrollIntoView()"); // scrolled away first
            flags.findElement(By.cssSelector("li[data-flag^='WeightFlagType'] a"))
                    .sendKeys(Keys.ENTER);
            assertTrue(
                    (CHIDI + "weight").equals(activeId(browser)),
                    "the weight field has the focus: " + activeId(browser));
            assertTrue(inViewport(browser, browser.byId(CHIDI + "weight")), "and is in view");
            // Only the page's main area scrolls: the whole document once moved up under a flag link, top bar and all.
            assertEquals(
                    0L,
                    ((Number) ((JavascriptExecutor) browser.driver())
                                    .executeScript("return document.documentElement.scrollTop;"))
                            .longValue(),
                    "the document itself never scrolls");
            assertTrue(inViewport(browser, browser.find("header.topbar")), "the top bar stays in view");
        }
    }

    @Test
    void addFeed_shouldPutTheFocusInTheNewFeedAndRedrawOnlyThatBaby() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type("visit:subjective", "Typed before the feed was added");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("window.lcMarker = document.getElementById('visit:subjective');");
            browser.click(CHIDI + "addFeed");
            assertTrue(
                    activeId(browser).startsWith(CHIDI + "feeds:0:"),
                    "the focus is in the new feed: " + activeId(browser));
            assertTrue(
                    (Boolean) ((JavascriptExecutor) browser.driver())
                            .executeScript("return window.lcMarker === document.getElementById('visit:subjective');"),
                    "the note was not redrawn");
            browser.click(CHIDI + "addTestWeighing");
            assertTrue(
                    activeId(browser).startsWith(CHIDI + "weighings:0:"),
                    "the focus is in the new weighing: " + activeId(browser));
        }
    }

    @Test
    void addAndRemoveASupplyConcern_shouldRedrawOnlyTheConcerns_andAskBeforeRemoving() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type("visit:subjective", "Typed before the concern was added");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.lcMarker = document.getElementById('visit:subjective');");
            browser.click("visit:addConcern");
            assertTrue(
                    activeId(browser).startsWith("visit:concerns:0:"),
                    "the focus is in the new concern: " + activeId(browser));
            assertTrue(
                    (Boolean)
                            js.executeScript("return window.lcMarker === document.getElementById('visit:subjective');"),
                    "the note was not redrawn");
            // the one-line summary shown when the section is folded (hidden while it is open) counts it
            String summary = "return document.querySelector('#sec-mother .section-summary').textContent;";
            assertTrue(((String) js.executeScript(summary)).contains("1 supply concern"), (String)
                    js.executeScript(summary));

            js.executeScript("window.confirm = function () { return false; };"); // she answers Cancel
            browser.click("visit:concerns:0:removeConcern");
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.id("visit:concerns:0:concernNote"))
                            .size(),
                    "kept");
            js.executeScript("window.confirm = function () { return true; };"); // and then OK
            browser.click("visit:concerns:0:removeConcern");
            browser.waitUntil(driver ->
                    driver.findElements(By.id("visit:concerns:0:concernNote")).isEmpty());
            assertTrue(((String) js.executeScript(summary)).contains("0 supply concern"), "and uncounts it");
        }
    }

    @Test
    void tickingABox_shouldRedrawTheFlagsAtOnce_throughTheFormsOneCommand() throws Exception {
        try (Browser browser = startConsultation()) {
            String nippleFlag = "li[data-flag='BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE']";
            assertTrue(browser.driver().findElements(By.cssSelector(nippleFlag)).isEmpty(), "no nipple flag at first");
            // The check boxes send their change through consultation.js's delegated handler, not a p:ajax each.
            browser.find("label[for='visit:breasts:0:nippleIntegrity:4']").click(); // cracked, on the first side
            browser.waitUntil(
                    driver -> !driver.findElements(By.cssSelector(nippleFlag)).isEmpty());
            browser.waitForAjax();
            assertTrue(
                    browser.driver()
                            .findElement(By.id("visit:breasts:0:nippleIntegrity:4"))
                            .isSelected(),
                    "the box stays ticked after the redraw");

            browser.find("label[for='visit:breasts:0:nippleIntegrity:4']").click(); // and untick it
            browser.waitUntil(
                    driver -> driver.findElements(By.cssSelector(nippleFlag)).isEmpty());
        }
    }

    @Test
    void sign_withoutACarePlan_shouldAskAndOfferToWriteThePlan() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.click("visit:sign");
            browser.waitForText(".ui-confirm-dialog", "no care plan");
            browser.click("visit:writePlan");
            browser.waitForUrl("consultation/care-plan.xhtml");
        }
    }

    @Test
    void writeThePlanFromTheSignPrompt_shouldSignThePlanAndTheConsultationTogether() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type("visit:subjective", "Typed just before signing"); // not autosaved yet: Write the plan saves it
            browser.click("visit:sign");
            browser.waitForText(".ui-confirm-dialog", "no care plan");
            browser.click("visit:writePlan");
            browser.waitForUrl("consultation/care-plan.xhtml");
            assertTrue(
                    browser.byId("plan:saveAndSign").getAttribute("class").contains("ui-button-success"),
                    "coming from the sign prompt, Save plan and sign is the button to press");
            browser.saveThePlanAndSign("Feed at least 8 times a day");
            assertTrue(
                    browser.driver()
                                    .findElements(By.cssSelector(".status-AMENDED"))
                                    .isEmpty()
                            && !browser.driver()
                                    .findElements(By.cssSelector(".status-SIGNED"))
                                    .isEmpty(),
                    "signed, not amended");
            assertTrue(
                    browser.driver().getPageSource().contains("Typed just before signing"),
                    "what she typed before is in the record");
            browser.open(browser.driver()
                    .getCurrentUrl()
                    .replace("consultation/edit.xhtml", "consultation/care-plan.xhtml"));
            assertTrue(
                    browser.driver().getPageSource().contains("Feed at least 8 times a day"),
                    "the signed plan is the one she wrote");
            assertTrue(browser.driver().findElements(By.id("plan:saveAndSign")).isEmpty(), "and it is read-only now");
        }
    }

    /** The page at the three sizes it is designed for, for docs/images (looked at by a person, not compared). */
    @Test
    void screenshots_atTheThreeDesignedSizes() throws Exception {
        try (Browser browser = startConsultation()) {
            browser.type(CHIDI + "weight", "2000");
            browser.leave(CHIDI + "weight");
            for (int[] size : new int[][] {{1366, 768}, {1024, 768}, {768, 1024}}) {
                browser.size(size[0], size[1]);
                // the page scrolls inside main, between the top bar and the action bar
                ((JavascriptExecutor) browser.driver())
                        .executeScript("document.querySelector('main.page').scrollTop = 0;");
                Thread.sleep(300); // the layout settles after the resize
                String wider = (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                        var main = document.querySelector('main.page');
                        if (main.scrollWidth <= main.clientWidth + 1) return '';
                        var widest = Array.from(main.querySelectorAll('*'))
                            .filter(e => e.getBoundingClientRect().right > main.clientWidth + 1);
                        return main.scrollWidth + ' > ' + main.clientWidth + ': '
                            + widest.slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');""");
                assertTrue(wider.isEmpty(), "no sideways scrolling at " + size[0] + "x" + size[1] + ": " + wider);
                assertTrue(
                        java.nio.file.Files.size(browser.screenshot("24-consultation-twins-" + size[0] + "x" + size[1]))
                                > 10_000);
            }
        }
    }

    /** A consultant's new draft for the Okafor twins, in a browser the caller closes (closed here if this fails). */
    private Browser startConsultation() throws Exception {
        Browser browser = Browser.start();
        try {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.startTwinsConsultation(base);
            return browser;
        } catch (Exception | AssertionError failed) {
            // a browser left open outlives the test run: Chromium and its driver kept running after a failed start
            browser.close();
            throw failed;
        }
    }

    private static boolean inViewport(Browser browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
                        element);
    }

    private static String activeId(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }
}
