package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Photographs on the consultation page (issue 13) in a real browser: on the demo twins, whose mother agreed to
 * photographs, a photograph chosen from the file field is attached over AJAX (what was typed in the consultation stays
 * on the page, not redrawn), shows as a thumbnail the photograph address serves, and is voided with a reason; once the
 * consultation is signed, only by an amendment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotographsBrowserIT {

    @ArquillianResource
    private URL deployedAt;

    @Test
    void photograph_shouldAttachOverAjax_showAsAThumbnail_andBeVoided() throws Exception {
        String base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
        Path photo = Files.createTempFile("nipple", ".jpg");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.startTwinsConsultation(base);

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.type("visit:subjective", "Typed before the photograph");
            js.executeScript("window.lcMarker = document.getElementById('visit:subjective');");
            WebElement file = browser.find("#photos input[type=file]");
            assertTrue(Integer.parseInt(file.getDomProperty("tabIndex")) >= 0, "the file field is reached with Tab");
            js.executeScript("PrimeFaces.widgets['widget_photos_photoSubject'].selectValue('NIPPLE_TRAUMA');");
            file.sendKeys(photo.toAbsolutePath().toString());
            browser.click("photos:attachPhoto");
            browser.waitForText("#messages", "photograph is attached");

            WebElement thumbnail = browser.find("#photos .photo-grid img");
            browser.waitUntil(d -> (Boolean)
                    js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", thumbnail));
            assertEquals(
                    240L,
                    ((Number) js.executeScript("return arguments[0].naturalWidth;", thumbnail)).longValue(),
                    "the thumbnail, 240 px on its long side, served by /consultation/photo");
            assertEquals("Nipple trauma", thumbnail.getAttribute("alt"));
            assertTrue(
                    (Boolean) js.executeScript("return window.lcMarker === document.getElementById('visit:subjective')"
                            + " && window.lcMarker.value === 'Typed before the photograph';"),
                    "the consultation's form was not redrawn");

            browser.type("photos:list:0:voidReason", "blurred");
            browser.click("photos:list:0:voidPhoto");
            browser.waitForText("#messages", "voided");
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("#photos .photo-grid img"))
                    .isEmpty());
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void signedConsultationsPhotograph_shouldBeVoidedByAnAmendment() throws Exception {
        String base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
        Path photo = Files.createTempFile("wrong-mother", ".jpg");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.startTwinsConsultation(base);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("PrimeFaces.widgets['widget_photos_photoSubject'].selectValue('BREAST');");
            browser.find("#photos input[type=file]")
                    .sendKeys(photo.toAbsolutePath().toString());
            browser.click("photos:attachPhoto");
            browser.waitForText("#messages", "photograph is attached");
            browser.click("visit:sign");
            browser.waitForText(".ui-confirm-dialog", "no care plan");
            browser.click("visit:writePlan");
            browser.waitForUrl("consultation/care-plan.xhtml");
            browser.saveThePlanAndSign("Feed at least 8 times a day");
            assertTrue(
                    browser.driver()
                            .findElements(By.id("photos:list:0:voidPhoto"))
                            .isEmpty(),
                    "signed: no plain Void");

            browser.type("photos:list:0:amendReason", "Photograph of another mother");
            browser.click("photos:list:0:voidInAmendment");

            browser.waitForText("#messages", "voided by an amendment");
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("#photos .photo-grid img"))
                    .isEmpty());
            assertFalse(
                    browser.driver()
                            .findElements(By.cssSelector(".status-AMENDED"))
                            .isEmpty(),
                    "the page shown again: the consultation is amended");
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
