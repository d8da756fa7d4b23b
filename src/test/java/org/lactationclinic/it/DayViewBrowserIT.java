package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A consultant's day in the browser (issue 12): Today as her home page, the search results by keyboard, the family page
 * at a glance with its progress charts (issue 13), and touch targets at the tablet sizes. Screenshots of Today and the
 * family page at 1366x768, 1024x768 and 768x1024 go to target/screenshots (docs/images with -Dscreenshots.dir).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DayViewBrowserIT {

    /** Every visible control: what a finger or a pointer has to hit. */
    private static final String TARGETS =
            "a[href], button, input:not([type=hidden]), select, textarea, [role=radio], [role=checkbox], [role=button]";

    @ArquillianResource
    private URL deployedAt;

    private String base;

    @BeforeEach
    void useLoopback() throws Exception {
        base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
    }

    @Test
    void consultant_shouldStartOnTodayOpenAMotherByKeyboardAndSeeHerFamilyAtAGlance() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser);
            browser.waitForUrl("dyad/today.xhtml");
            String today = browser.text("main");
            assertTrue(
                    today.contains("Your unsigned drafts") && today.contains("Okafor"),
                    "her demo draft for the Okafor twins is listed: " + today);
            assertTrue(browser.text("#todayDrafts").matches("(?s).*\\d+ (days|hours?) old.*"), "a draft shows its age");

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "okafor");
            browser.byId("search:name").sendKeys(Keys.ENTER);
            browser.waitForText("#search\\:results", "Okafor");
            browser.byId("search:name").sendKeys(Keys.TAB, Keys.TAB); // past the date field, its calendar button...
            focusFirstResultByTab(browser);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitForUrl("dyad/overview.xhtml");

            String glance = browser.text("#glance");
            assertTrue(glance.contains("Last visit"), glance);
            String infants = browser.text("main");
            assertTrue(
                    infants.contains("Latest weight") && infants.matches("(?s).*[+-]\\d+ g(/day)?.*"),
                    "each baby's latest weight and its trend");
            assertTrue(browser.find("#progress canvas").isDisplayed(), "the progress charts are drawn");
            long charts = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelectorAll('#progress canvas').length;");
            assertTrue(charts >= 2, "a weight chart per twin: " + charts);
            screenshots(browser, "31-family-page");

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "okafor");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Okafor");
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('a.mother-link').focus();");
            new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
            browser.waitForUrl("dyad/overview.xhtml");

            browser.open(base + "dyad/today.xhtml");
            assertTrue(
                    browser.text("#todayRecent").contains("Okafor"),
                    "the mother she just opened is under recently opened");
            screenshots(browser, "30-today");
        }
    }

    @Test
    void touchTargets_shouldBeAtLeast24PxAndButtons44PxOnATablet() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser);
            browser.waitForUrl("dyad/today.xhtml");
            for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
                browser.size(size[0], size[1]);
                for (String page : List.of("dyad/today.xhtml", "dyad/search.xhtml?name=okafor", "dyad/edit.xhtml")) {
                    browser.open(base + page);
                    List<?> small = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript("""
                            const small = [];
                            document.querySelectorAll(arguments[0]).forEach(el => {
                              const r = el.getBoundingClientRect();
                              const style = getComputedStyle(el);
                              if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('.ui-helper-hidden-accessible')
                                  || el.closest('.skip-link') || el.classList.contains('skip-link')) return;
                              // a radio or checkbox input is drawn by its PrimeFaces box; the box is what is measured
                              if ((el.type === 'radio' || el.type === 'checkbox') && el.closest('.ui-radiobutton, .ui-chkbox')) return;
                              if (r.width < 24 || r.height < 24) small.push((el.id || el.className || el.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                              if (el.classList.contains('ui-button') && r.height < 44) small.push('button ' + (el.id || el.textContent.trim()) + ' ' + Math.round(r.height) + ' px high');
                            });
                            document.querySelectorAll('.ui-radiobutton-box, .ui-chkbox-box').forEach(el => {
                              const r = el.getBoundingClientRect();
                              if (r.width > 0 && (r.width < 24 || r.height < 24)) small.push('box ' + Math.round(r.width) + 'x' + Math.round(r.height));
                            });
                            return small;""", TARGETS);
                    assertEquals(List.of(), small, page + " at " + size[0] + "x" + size[1]);
                }
            }
        }
    }

    /** Tabs forward until a result's link has the focus, as a keyboard user would. */
    private static void focusFirstResultByTab(Browser browser) {
        for (int i = 0; i < 15; i++) {
            Object focused = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.activeElement.classList.contains('mother-link');");
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached a result");
    }

    private void signIn(Browser browser) {
        browser.signIn(base, DemoClinic.CONSULTANT_USERNAME);
    }

    /** The whole page at the three widths the clinic is used at (1366, 1024 and 768 px wide). */
    private static void screenshots(Browser browser, String name) throws Exception {
        for (int[] size : new int[][] {{1366, 768}, {1024, 768}, {768, 1024}}) {
            browser.size(size[0], size[1]);
            browser.fullPage(size[0]);
            browser.screenshot(name + "-" + size[0] + "x" + size[1]);
        }
        browser.size(1366, 768);
    }
}
