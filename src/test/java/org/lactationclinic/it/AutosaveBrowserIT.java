package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consultant who never presses Save loses nothing (issue 11): what she types is autosaved, the status says so (or why
 * not, for input the save refuses), and following a link straight after typing saves first. Back on the consultation,
 * the text is there. The idle warning's "Stay signed in" reaches the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutosaveBrowserIT {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ArquillianResource
    private URL deployedAt;

    private String base;

    @BeforeEach
    void useLoopback() throws Exception {
        base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
    }

    @Test
    void typedCharting_shouldSurviveLeavingWithoutSaving() throws Exception {
        String family = "Autosave" + randomLetters();
        try (Browser browser = Browser.start()) {
            signIn(browser);
            browser.waitForUrl("dyad/today.xhtml");
            browser.open(base + "dyad/search.xhtml");
            registerMotherAndBaby(browser, family);
            browser.waitForUrl("dyad/overview.xhtml");
            browser.click("overview:startConsultation");
            browser.waitForUrl("consultation/edit.xhtml");
            String consultationPage = browser.driver().getCurrentUrl();

            String subjective = "Feeds every 2 hours; sore left nipple since day 3.";
            browser.type("visit:subjective", subjective);
            browser.waitForText("#visit\\:autosave", "Saved");
            browser.screenshot("autosave-01-saved");
            browser.open(base + "dyad/search.xhtml"); // away, without pressing Save

            browser.open(consultationPage);
            assertEquals(
                    subjective, browser.byId("visit:subjective").getAttribute("value"), "the autosaved text is back");

            // input the save path refuses: not stored, the reason shown, the text left as typed
            browser.type("visit:charts:0:weight", "about three kilos");
            browser.waitForText("#visit\\:autosave", "Not saved");
            assertTrue(
                    browser.text("#visit\\:autosave").contains("Type the weight in grams"),
                    browser.text("#visit\\:autosave"));
            assertEquals(
                    "about three kilos", browser.byId("visit:charts:0:weight").getAttribute("value"));
            browser.type("visit:charts:0:weight", "3250");
            browser.waitForText("#visit\\:autosave", "Saved");

            // straight to another page after typing, before the autosave pause is over: the link saves first
            String objective = "Shallow latch on the left, better in football hold.";
            browser.type("visit:objective", objective);
            browser.driver()
                    .findElement(By.cssSelector("[id='visit:carePlan']"))
                    .click();
            browser.waitForUrl("consultation/care-plan.xhtml");

            browser.open(consultationPage);
            assertEquals(subjective, browser.byId("visit:subjective").getAttribute("value"));
            assertEquals(
                    objective,
                    browser.byId("visit:objective").getAttribute("value"),
                    "saved before the link was followed");

            assertEquals("3250", browser.byId("visit:charts:0:weight").getAttribute("value"));

            // the idle warning's button keeps the session and closes the warning
            ((JavascriptExecutor) browser.driver()).executeScript("PF('sessionWarning').show();");
            browser.click("staySignedIn");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionWarning")));

            Object keepAlive = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                            base + "keep-alive");
            assertEquals(204L, ((Number) keepAlive).longValue(), "Stay signed in reaches the session");
        }
    }

    private void signIn(Browser browser) {
        browser.signIn(base, DemoClinic.CONSULTANT_USERNAME);
    }

    private void registerMotherAndBaby(Browser browser, String family) {
        browser.find("a[href$='dyad/edit.xhtml']").click();
        browser.waitForUrl("dyad/edit.xhtml");
        browser.type("form:givenName", "Ifeoma");
        browser.type("form:familyName", family);
        browser.leave("form:familyName");
        browser.typeDate("form:dateOfBirth_input", "1993-04-12");
        String prefix = "form:infant:0:";
        browser.type(prefix + "infantGivenName", "Kamsi");
        browser.driver()
                .findElement(By.cssSelector("label[for='" + prefix + "sex:0']"))
                .click();
        browser.typeDate(
                prefix + "born_input",
                LocalDateTime.now().minusDays(5).withHour(4).withMinute(10).format(DATE_TIME));
        browser.type(prefix + "gestation", "390");
        browser.type(prefix + "birthWeight_input", "3300");
        browser.click("form:save");
    }

    private static String randomLetters() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
