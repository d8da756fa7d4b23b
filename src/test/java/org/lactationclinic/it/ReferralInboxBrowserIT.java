package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;

/**
 * The referral inbox in a real browser (issue 14): a consultant uploads a referral for a demo mother (Amara Okafor,
 * found by her hospital number) with a baby the clinic does not know; the page lists what it could not read (a weight
 * without a unit) and the conditions met; she types the new baby's facts the referral did not send and accepts; the
 * baby is on the family page. (That the weight sent is among her weights, with its source, is ReferralInboxIT's.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralInboxBrowserIT {

    @ArquillianResource
    private URL deployedAt;

    @Test
    void upload_thenAccept_shouldRegisterTheBabyWithTheWeightSent() throws Exception {
        walk(new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString());
    }

    /** The walk, also runnable against a clinic already running. */
    static void walk(String base) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.size(1366, 768);
            browser.signIn(base, DemoClinic.CONSULTANT_USERNAME);

            browser.open(base + "referral/inbox.xhtml");
            browser.byId("upload:file")
                    .sendKeys(fixture("demo-okafor-new-baby.json").toString());
            browser.click("upload:send");
            browser.waitForUrl("referral/detail.xhtml");
            String notUnderstood = browser.text("#notUnderstood");
            assertTrue(notUnderstood.contains("Observation/zq") && notUnderstood.contains("no unit"), notUnderstood);
            String conditions = browser.text("#conditions");
            assertTrue(
                    conditions.contains("The mother sent concerns.") && conditions.contains("fewer than 6 wet diapers"),
                    conditions);
            String match = browser.text(".side-by-side");
            assertTrue(match.contains("same identifier") && match.contains("RH-100231"), match);
            assertTrue(
                    browser.text("#understood").matches("(?s).*2,?977 g on 2026-11-24 \\(Observation/zw\\).*"),
                    "6 lb 9 oz read as grams: " + browser.text("#understood"));

            // Zara is not one of Amara's babies: her record needs what the referral did not send
            browser.find("label[for='referral:baby:0:sex:0']").click();
            browser.typeDate("referral:baby:0:birthTime_input", "08:20");
            browser.type("referral:baby:0:weeks_input", "39");
            browser.type("referral:baby:0:birthWeight_input", "3100");
            browser.click("referral:accept");
            browser.waitForUrl("dyad/overview.xhtml");
            assertTrue(browser.text("main").contains("Zara Okafor"), "the new baby on the family page");
        }
    }

    static Path fixture(String name) throws IOException {
        Path file = Files.createTempFile("referral", ".json");
        file.toFile().deleteOnExit();
        try (InputStream in = ReferralInboxBrowserIT.class.getResourceAsStream("/fhir/referrals/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }
}
