package org.lactationclinic.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultant's first minutes, in a real browser against the built WAR: sign in, register a mother with
 * twins, open the dyad, start and save a consultation; and the role walls seen from the browser.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicBrowserIT {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    private URL deployedAt;

    /** The deployment as seen on loopback: the browser never leaves the machine's loopback interface. */
    private String base;

    @BeforeEach
    void useLoopback() throws Exception {
        base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
    }

    @Test
    void consultant_shouldRegisterTwinsAndStartAConsultation() throws Exception {
        String family = "Browser" + randomLetters();
        try (Browser browser = Browser.start()) {
            signIn(browser, DemoClinic.CONSULTANT_USERNAME);
            browser.waitForUrl("dyad/search.xhtml");
            browser.screenshot("01-mother-search");

            browser.find("a[href$='dyad/edit.xhtml']").click();
            browser.waitForUrl("dyad/edit.xhtml");
            browser.type("form:givenName", "Ifeoma");
            browser.type("form:familyName", family);
            browser.typeDate("form:dateOfBirth_input", "1993-04-12");
            browser.waitForAjax();
            assertEquals(family, browser.byId("form:infant:0:infantFamilyName").getAttribute("value"),
                    "the baby gets her family name");
            browser.type("form:phone", "+44 20 7946 0456");
            String born = LocalDateTime.now().minusDays(9).withHour(4).withMinute(10).format(DATE_TIME);
            fillInfant(browser, 0, "Kamsi", "FEMALE", born, "362", "2380");
            browser.click("form:addInfant");
            fillInfant(browser, 1, "Obinna", "MALE", born, "362", "2510");
            browser.screenshot("02-register-twins");
            browser.click("form:save");

            browser.waitForUrl("dyad/overview.xhtml");
            String overview = browser.text("main");
            assertTrue(overview.contains("Kamsi " + family), overview);
            assertTrue(overview.contains("Obinna " + family), overview);
            assertTrue(overview.contains("day 9 of life"), overview);
            assertTrue(overview.contains("late preterm"), "36+2 weeks carries the ABM #10 risk banner");
            browser.screenshot("03-dyad-overview");

            browser.click("overview:startConsultation");
            browser.waitForUrl("consultation/edit.xhtml");
            browser.type("visit:subjective", "Twins feeding 10 times a day; sore left nipple.");
            browser.type("visit:objective", "Shallow latch on the left, improved in football hold.");
            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");
            browser.screenshot("04-consultation-draft");

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", family.toLowerCase() + " ifeoma");
            browser.click("search:go");
            browser.waitForText("#search\\:results", family);
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            assertTrue(browser.text("#overview\\:consultations").contains("Draft"), "the new draft is listed");

            browser.open(base + "dyad/overview.xhtml?mother=" + UUID.randomUUID());
            assertTrue(browser.text("main").contains("Page not found"), "an unknown record is a clear 404, not a stack trace");
        }
    }

    @Test
    void roles_shouldKeepConsultantsOutOfAdministrationAndAdminsOutOfCharts() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser, DemoClinic.CONSULTANT_USERNAME);
            browser.waitForUrl("dyad/search.xhtml");
            browser.open(base + "admin/staff/list.xhtml");
            assertTrue(browser.text("main").contains("Not allowed"), "a consultant cannot open staff administration");
            browser.find("form.signout button").click();
            browser.waitForUrl("login.xhtml");

            signIn(browser, DemoClinic.ADMIN_USERNAME);
            browser.waitForUrl("admin/staff/list.xhtml");
            browser.screenshot("05-staff-list");
            browser.open(base + "dyad/search.xhtml");
            assertTrue(browser.text("main").contains("Not allowed"), "an admin without the consultant role cannot chart");

            String username = "new." + randomLetters().toLowerCase();
            browser.open(base + "admin/staff/edit.xhtml");
            browser.type("staff:fullName", "Nadia Rahman, IBCLC");
            browser.type("staff:username", username);
            browser.type("staff:password", "short");
            browser.click("staff:save");
            assertTrue(browser.text("#staff .ui-message-error").contains("at least 12"), "a short password is refused next to the field");
            browser.type("staff:password", "a-long-initial-password");
            browser.click("staff:save");
            browser.waitForUrl("admin/staff/list.xhtml");
            assertTrue(browser.text("#staff").contains(username));
        }
    }

    @Test
    void signIn_withWrongPassword_shouldExplainAndChangeTheSessionOnSuccess() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(base + "login.xhtml");
            browser.type("login:username", DemoClinic.CONSULTANT_USERNAME);
            browser.type("login:password", "not-the-password");
            browser.click("login:signIn");
            assertTrue(browser.text("#messages").contains("not right"), browser.text("#messages"));
            browser.screenshot("00-sign-in-refused");
            String sessionBefore = browser.cookie("JSESSIONID");

            browser.type("login:username", DemoClinic.CONSULTANT_USERNAME);
            browser.type("login:password", DemoClinic.DEMO_PASSWORD);
            browser.click("login:signIn");
            browser.waitForUrl("dyad/search.xhtml");
            assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "a new session id at sign-in");
        }
    }

    @Test
    void expiredSession_shouldSendAnAjaxActionToSignInWithAnExplanation() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser, DemoClinic.CONSULTANT_USERNAME);
            browser.waitForUrl("dyad/search.xhtml");
            browser.expireSession(deployedAt.getPath());

            browser.type("search:name", "okafor");
            browser.click("search:go");

            browser.waitForUrl("login.xhtml");
            assertTrue(browser.text("main").contains("Your session ended"), browser.text("main"));
        }
    }

    private void signIn(Browser browser, String username) {
        browser.open(base + "login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", DemoClinic.DEMO_PASSWORD);
        browser.click("login:signIn");
    }

    private static void fillInfant(Browser browser, int row, String givenName, String sex, String born,
                                   String gestationDigits, String grams) {
        String prefix = "form:infant:" + row + ":";
        browser.type(prefix + "infantGivenName", givenName);
        browser.driver().findElement(By.cssSelector("label[for='" + prefix + "sex:" + ("FEMALE".equals(sex) ? 0 : 1) + "']")).click();
        browser.typeDate(prefix + "born_input", born);
        browser.type(prefix + "gestation", gestationDigits);
        browser.type(prefix + "birthWeight_input", grams);
        assertEquals(givenName, browser.byId(prefix + "infantGivenName").getAttribute("value"));
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
