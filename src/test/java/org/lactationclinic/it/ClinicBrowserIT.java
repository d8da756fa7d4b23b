package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A consultant's first minutes, in a real browser against the built WAR: sign in, register a mother with twins, open
 * the dyad, start and save a consultation; and the role walls seen from the browser. Screenshots go to
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicBrowserIT {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
            openSearchAsConsultant(browser);
            browser.screenshot("01-mother-search");

            registerTwins(
                    browser,
                    family,
                    LocalDateTime.now().minusDays(9).withHour(4).withMinute(10));
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
            assertTrue(
                    browser.text("main").contains("Page not found"),
                    "an unknown record is a clear 404, not a stack trace");
        }
    }

    @Test
    void roles_shouldKeepConsultantsOutOfAdministrationAndAdminsOutOfCharts() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            browser.open(base + "admin/staff/list.xhtml");
            assertTrue(browser.text("main").contains("Not allowed"), "a consultant cannot open staff administration");
            browser.find("form.signout button").click();
            browser.waitForUrl("login.xhtml");

            signIn(browser, DemoClinic.ADMIN_USERNAME);
            browser.waitForUrl("admin/staff/list.xhtml");
            browser.screenshot("05-staff-list");
            browser.open(base + "dyad/search.xhtml");
            assertTrue(
                    browser.text("main").contains("Not allowed"), "an admin without the consultant role cannot chart");

            String username = "new." + randomLetters().toLowerCase();
            browser.open(base + "admin/staff/edit.xhtml");
            browser.type("staff:fullName", "Nadia Rahman, IBCLC");
            browser.type("staff:username", username);
            browser.type("staff:password", "short");
            browser.click("staff:save");
            assertTrue(
                    browser.text("#staff .ui-message-error").contains("at least 12"),
                    "a short password is refused next to the field");
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
            browser.waitForUrl("dyad/today.xhtml");
            browser.open(base + "dyad/search.xhtml");
            assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "a new session id at sign-in");
        }
    }

    @Test
    void expiredSession_shouldSendAnAjaxActionToSignInWithAnExplanation() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            browser.expireSession(deployedAt.getPath());

            browser.type("search:name", "okafor");
            browser.click("search:go");

            browser.waitForUrl("login.xhtml");
            assertTrue(browser.text("main").contains("Your session ended"), browser.text("main"));
        }
    }

    @Test
    void consultant_shouldChartTwinsAndSeeFlagsAppearAsSheTypes() throws Exception {
        String family = "Chart" + randomLetters();
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            registerTwins(browser, family, LocalDateTime.now().minusHours(80));
            browser.waitForUrl("dyad/overview.xhtml");
            browser.click("overview:startConsultation");
            browser.waitForUrl("consultation/edit.xhtml");
            String kemi = "visit:charts:0:";
            assertTrue(browser.text("#visit\\:flags").contains("No flags"));

            browser.type(kemi + "weight", "2.13");
            browser.leave(kemi + "weight");
            assertTrue(
                    browser.text("main").contains("looks like kilograms"), "grams typed as kilograms are questioned");
            browser.type(kemi + "weight", "2130");
            browser.leave(kemi + "weight");
            browser.waitForText("#visit\\:flags", "Lost 10.5 % of birth weight");
            assertTrue(browser.text(".change-from-birth").contains("-10.5"), "2130 g from 2380 g, shown as she types");

            browser.click(kemi + "addFeed");
            chooseAnswer(browser, kemi + "feeds:0:latchGrasp", 1);
            chooseAnswer(browser, kemi + "feeds:0:latchSwallowing", 1);
            chooseAnswer(browser, kemi + "feeds:0:latchNipple", 2);
            chooseAnswer(browser, kemi + "feeds:0:latchComfort", 1);
            chooseAnswer(browser, kemi + "feeds:0:latchHold", 1);
            browser.waitForText("#visit\\:charts\\:0\\:feeds\\:0\\:latchTotal", "6");
            browser.waitForText("#visit\\:flags", "LATCH score 6");

            browser.click(kemi + "addTestWeighing");
            assertEquals(
                    "2130",
                    browser.byId(kemi + "weighings:0:preFeed").getAttribute("value"),
                    "starts from today's weight");
            browser.type(kemi + "weighings:0:postFeed", "2120");
            browser.leave(kemi + "weighings:0:postFeed");
            browser.waitForText("#visit\\:charts\\:0\\:weighings\\:0\\:transfer", "lower than before");
            browser.type(kemi + "weighings:0:postFeed", "2148");
            browser.leave(kemi + "weighings:0:postFeed");
            browser.waitForText("#visit\\:charts\\:0\\:weighings\\:0\\:transfer", "18 mL");
            browser.waitForText("#visit\\:flags", "18 mL transferred");

            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");
            browser.fullPage();
            browser.screenshot("06-consultation-charting");

            browser.driver().navigate().refresh();
            browser.waitForAjax();
            assertEquals("2130", browser.byId(kemi + "weight").getAttribute("value"), "the weight was stored");
            assertTrue(browser.text("#visit\\:flags").contains("LATCH score 6"), "the flags were stored");
        }
    }

    @Test
    void consultant_shouldSeeTheUrgentEpdsBannerAndSignOnlyOnceSheAcknowledgesIt() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            registerTwins(browser, "Epds" + randomLetters(), LocalDateTime.now().minusDays(12));
            browser.waitForUrl("dyad/overview.xhtml");
            browser.click("overview:startConsultation");
            browser.waitForUrl("consultation/edit.xhtml");

            chooseAnswer(browser, "visit:epds:9:answer", 2); // item 10, "Hardly ever"
            browser.waitForText(".urgent-banner", "URGENT");
            browser.waitForText("#visit\\:flags", "thoughts of harming herself");

            browser.click("visit:sign");
            browser.click("visit:confirmYes");
            browser.waitForText("#messages", "tick the acknowledgement");
            browser.fullPage();
            browser.screenshot("07-epds-urgent");

            browser.driver()
                    .findElement(By.cssSelector("#visit\\:acknowledgeSelfHarm .ui-chkbox-box"))
                    .click();
            browser.waitForAjax();
            browser.click("visit:sign");
            browser.click("visit:confirmYes");
            browser.waitForText("#messages", "Consultation signed");
            assertTrue(
                    browser.text(".urgent-banner").contains("Acknowledged by ana.lopez"),
                    browser.text(".urgent-banner"));

            String voided = browser.driver().getCurrentUrl().replaceAll(".*consultation=", "");
            browser.click("visit:void");
            browser.type("visit:voidReason", "Recorded for the wrong mother");
            browser.click("visit:confirmVoid");
            browser.waitForUrl("dyad/overview.xhtml");
            browser.waitForText("#messages", "Consultation voided");
            // A new family with this one consultation: once voided, the list is empty and links to it nowhere.
            assertTrue(
                    browser.text("#overview\\:consultations").contains("No consultations"),
                    browser.text("#overview\\:consultations"));
            assertFalse(browser.driver().getPageSource().contains(voided), "a voided consultation leaves the list");
        }
    }

    @Test
    void consultant_shouldBuildAPlanFromTheFlagsPrintItAndDownloadThePdf() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            registerTwins(browser, "Plan" + randomLetters(), LocalDateTime.now().minusDays(9));
            browser.waitForUrl("dyad/overview.xhtml");
            browser.click("overview:startConsultation");
            browser.waitForUrl("consultation/edit.xhtml");
            chooseAnswer(
                    browser,
                    "visit:epds:9:answer",
                    2); // item 10 positive: a same-day mental health referral is suggested
            browser.driver()
                    .findElement(By.cssSelector("#visit\\:acknowledgeSelfHarm .ui-chkbox-box"))
                    .click();
            browser.waitForAjax();
            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");

            browser.click("visit:carePlan");
            browser.waitForUrl("consultation/care-plan.xhtml");
            browser.waitForText("#plan\\:suggestions", "Referral: Mental health (Same day)");
            browser.click("plan:suggestionList:0:accept");
            assertEquals(
                    "MENTAL_HEALTH",
                    browser.byId("plan:referrals:0:destination_input").getAttribute("value"));
            // removing a row asks first: she answers Cancel and the referral stays
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.lcAsked = 0; window.confirm = function () { window.lcAsked++; return false; };");
            browser.click("plan:referrals:0:removeReferral");
            assertEquals(1L, js.executeScript("return window.lcAsked;"), "Remove asked");
            assertEquals(
                    "MENTAL_HEALTH",
                    browser.byId("plan:referrals:0:destination_input").getAttribute("value"),
                    "and Cancel kept the referral");
            browser.click("plan:addStep");
            browser.click("plan:save");
            browser.waitForText("#messages", "Care plan saved");
            browser.fullPage();
            browser.screenshot("15-care-plan");

            String consultation = browser.driver().getCurrentUrl().replaceAll(".*consultation=([0-9a-f-]{36}).*", "$1");
            String planUrl = base + "consultation/print?consultation=" + consultation + "&document=plan";
            browser.open(planUrl);
            String printed = browser.text(".sheet");
            assertTrue(printed.contains("Your feeding plan"), printed);
            assertTrue(printed.contains("See someone who supports mothers' emotional health today."), printed);
            assertTrue(printed.contains("Call us or see a doctor straight away if"), printed);
            browser.fullPage();
            browser.screenshot("16-take-home-plan-print-view");

            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(planUrl + "&format=pdf"))
                                    .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertTrue(
                    pdf.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("See someone who supports mothers' emotional health today."), text);
            }
        }
    }

    @Test
    void consultant_shouldRecordWhetherAReferralTookPlaceOnTheFamilyPage() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.openFamily(base, "Dlamini"); // the demo mother with three open referrals
            int open = openReferrals(browser);
            assertTrue(open > 0, "the demo mother has open referrals: " + browser.text("#referralOutcomes"));

            // the first open referral, chosen from the menu with the keyboard
            browser.find("#referralOutcomes\\:referralKey_label").click();
            browser.find("#referralOutcomes\\:referralKey_panel");
            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
            browser.waitUntil(driver -> !driver.findElement(By.id("referralOutcomes:referralKey_label"))
                    .getText()
                    .startsWith("Choose"));
            browser.find("label[for='referralOutcomes:referralOutcome:0']").click(); // seen
            browser.click("referralOutcomes:recordOutcome");
            browser.waitForText("#messages", "Recorded");
            assertEquals(open - 1, openReferrals(browser), "the list is read again: one fewer open");
            assertTrue(browser.text("#referralOutcomes").contains("Seen"), browser.text("#referralOutcomes"));
        }
    }

    @Test
    void consultant_shouldRecordHerConsentInTheDialogOnTheFamilyPage() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            registerTwins(
                    browser, "Consent" + randomLetters(), LocalDateTime.now().minusDays(9));
            browser.waitForUrl("dyad/overview.xhtml");
            assertTrue(
                    browser.driver().findElements(By.id("consent:consentType")).isEmpty(),
                    "the form waits in its dialog");
            assertTrue(
                    browser.text("#consent\\:consentState").contains("Not asked"),
                    browser.text("#consent\\:consentState"));

            // from the keyboard: the first kind (the assessment), Tab to "Given", Space, and Enter on Record
            openConsentDialog(browser); // drawn when it opens
            browser.byId("consent:consentType_label").sendKeys(Keys.ARROW_DOWN);
            browser.waitUntil(driver -> !driver.findElement(By.id("consent:consentType_label"))
                    .getText()
                    .startsWith("Choose"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            browser.waitUntil(driver -> "consent:consentGranted:0"
                    .equals(driver.switchTo().activeElement().getAttribute("id")));
            new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
            browser.waitUntil(driver ->
                    driver.findElement(By.id("consent:consentGranted:0")).isSelected());
            browser.screenshot("consent-dialog");
            browser.byId("consent:recordConsent").sendKeys(Keys.ENTER);
            browser.waitForText("#messages", "recorded");
            browser.waitUntil(driver ->
                    !driver.findElement(By.id("consent:consentDialog")).isDisplayed());
            assertTrue(
                    browser.text("#consent\\:consentState").contains("Given on " + LocalDate.now()),
                    browser.text("#consent\\:consentState"));

            // again with nothing chosen: refused, and the dialog stays open with what is missing
            openConsentDialog(browser);
            browser.click("consent:recordConsent");
            browser.waitForText("#consent\\:consentEntry", "Required");
            assertTrue(browser.byId("consent:consentDialog").isDisplayed());

            // Cancel empties it: opened again, it is a new form
            browser.click("consent:cancelConsent");
            browser.waitUntil(driver ->
                    !driver.findElement(By.id("consent:consentDialog")).isDisplayed());
            openConsentDialog(browser);
            assertFalse(
                    browser.text("#consent\\:consentEntry").contains("Required"),
                    browser.text("#consent\\:consentEntry"));
        }
    }

    @Test
    void consultant_shouldSeeEveryWeightOfTheBabyWithItsWhoPercentile() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.openFamily(base, "Okafor"); // the demo twins, weighed at several visits
            browser.find("[id$='infant:0:growth']").click();
            browser.waitForUrl("dyad/infant.xhtml");
            List<String> headings = browser.driver().findElements(By.cssSelector("#weights th[scope=col]")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(8, headings.size(), "the weights table's columns: " + headings);
            List<String> rows = browser.driver().findElements(By.cssSelector("#weights tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(rows.size() >= 2, "a row for each weighing: " + rows);
            rows.forEach(row ->
                    assertTrue(row.matches("(?s).*\\d g.*percentile.*"), "the weight and its WHO percentile: " + row));

            browser.find("main .card .actions a").click(); // back to the family page
            browser.waitForUrl("dyad/overview.xhtml");
        }
    }

    private static int openReferrals(Browser browser) {
        Matcher count = Pattern.compile("Open referrals: (\\d+)").matcher(browser.text("#referralOutcomes"));
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    @Test
    void consultant_shouldLogPumpingSessionsWithTheKeyboardAndSeeTheTotals() throws Exception {
        try (Browser browser = Browser.start()) {
            openSearchAsConsultant(browser);
            registerTwins(browser, "Pump" + randomLetters(), LocalDateTime.now().minusDays(20));
            browser.waitForUrl("dyad/overview.xhtml");
            browser.find("[id$='overview:pumping']").click();
            browser.waitForUrl("dyad/pumping.xhtml");

            LocalDateTime now = LocalDateTime.now();
            browser.typeDate("log:startedAt_input", now.minusHours(2).format(DATE_TIME));
            browser.type("log:duration", "20");
            browser.type("log:left", "60");
            browser.type("log:right", "55");
            browser.byId("log:right").sendKeys(Keys.ENTER);
            browser.waitForText("#messages", "Session added");
            browser.waitForText("#rollingTotal", "115 mL");

            browser.typeDate("log:startedAt_input", now.minusHours(1).format(DATE_TIME));
            browser.type("log:combined", "100");
            browser.byId("log:combined").sendKeys(Keys.ENTER);
            browser.waitForText("#rollingTotal", "215 mL");
            assertTrue(browser.text("#log\\:entries").contains("100 mL"), "the combined session is listed");

            // ounces are an entry convenience: 4 oz is stored as 118 mL (1 oz = 29.5735 mL)
            browser.typeDate("log:startedAt_input", now.minusMinutes(30).format(DATE_TIME));
            browser.type("log:combinedOz", "4");
            browser.byId("log:combinedOz").sendKeys(Keys.ENTER);
            browser.waitForText("#rollingTotal", "333 mL");
            if (now.minusHours(2).toLocalDate().equals(now.toLocalDate())) { // the three sessions share a calendar day
                assertTrue(
                        browser.text("#log\\:daily").contains("333 mL"),
                        "today's total in the daily table: " + browser.text("#log\\:daily"));
            }
            assertTrue(browser.text("#band").contains("Not yet"), "no band before the log covers 24 hours");

            browser.type("log:combined", "100");
            browser.type("log:left", "10");
            browser.byId("log:left").sendKeys(Keys.ENTER);
            browser.waitForText("#messages", "not both");
            assertTrue(browser.text("#rollingTotal").contains("333 mL"), "nothing stored");
            browser.fullPage();
            browser.screenshot("08-pumping-log");
        }
    }

    /**
     * The demo's Thompson log (7 sessions a day while building her supply): at 1024x768, beside the last 24 hours, the
     * daily table names each day's flag and says what it means once, under the table; the advice in full on every row
     * once squeezed the flags column to a word a line.
     */
    @Test
    void pumpingLog_shouldNameEachDaysFlagsAndExplainThemOnce() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.size(1024, 768);
            browser.openFamily(base, "Thompson");
            browser.find("[id$='overview:pumping']").click();
            browser.waitForUrl("dyad/pumping.xhtml");
            String days = browser.text("#log\\:daily");
            assertTrue(days.contains("Few sessions"), "each day's flag by name: " + days);
            assertFalse(days.contains("Pump more often"), "not its advice on every row");
            String legend = browser.text("#dayFlagLegend");
            assertEquals(1, legend.split("Pump more often", -1).length - 1, "the advice once: " + legend);
            Number flagsColumn = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "return document.querySelector('[id=\"log:daily\"] .flag').getBoundingClientRect().width;");
            assertTrue(flagsColumn.doubleValue() >= 80, "the flag is readable, " + flagsColumn + " px wide");
        }
    }

    private static void chooseAnswer(Browser browser, String radioId, int index) {
        browser.driver()
                .findElement(By.cssSelector("label[for='" + radioId + ":" + index + "']"))
                .click();
        browser.waitForAjax();
    }

    private void registerTwins(Browser browser, String family, LocalDateTime born) throws Exception {
        browser.find("a[href$='dyad/edit.xhtml']").click();
        browser.waitForUrl("dyad/edit.xhtml");
        browser.type("form:givenName", "Ifeoma");
        browser.type("form:familyName", family);
        browser.leave("form:familyName");
        browser.typeDate("form:dateOfBirth_input", "1993-04-12");
        assertEquals(
                family,
                browser.byId("form:infant:0:infantFamilyName").getAttribute("value"),
                "the baby gets her family name");
        browser.type("form:phone", "+44 20 7946 0456");
        fillInfant(browser, 0, "Kamsi", "FEMALE", born.format(DATE_TIME), "362", "2380");
        browser.click("form:addInfant");
        fillInfant(browser, 1, "Obinna", "MALE", born.format(DATE_TIME), "362", "2510");
        browser.screenshot("02-register-twins");
        browser.click("form:save");
    }

    private void signIn(Browser browser, String username) {
        browser.signIn(base, username);
    }

    /** Enter on "Record a decision…", and the dialog is open with its form. */
    private static void openConsentDialog(Browser browser) {
        browser.byId("consent:openConsent").sendKeys(Keys.ENTER);
        browser.waitUntil(
                driver -> driver.findElement(By.id("consent:consentDialog")).isDisplayed()
                        && !driver.findElements(By.id("consent:recordConsent")).isEmpty()
                        && driver.findElement(By.id("consent:recordConsent")).isDisplayed());
    }

    /** Signs in as the demo consultant, who lands on Today, and opens the mother search. */
    private void openSearchAsConsultant(Browser browser) {
        signIn(browser, DemoClinic.CONSULTANT_USERNAME);
        browser.waitForUrl("dyad/today.xhtml");
        browser.open(base + "dyad/search.xhtml");
    }

    private static void fillInfant(
            Browser browser, int row, String givenName, String sex, String born, String gestationDigits, String grams) {
        String prefix = "form:infant:" + row + ":";
        browser.type(prefix + "infantGivenName", givenName);
        browser.driver()
                .findElement(By.cssSelector("label[for='" + prefix + "sex:" + ("FEMALE".equals(sex) ? 0 : 1) + "']"))
                .click();
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
