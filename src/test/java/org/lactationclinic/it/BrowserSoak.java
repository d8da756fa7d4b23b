package org.lactationclinic.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;

/**
 * Two consultants charting at once in real Chromium, against a clinic already running: the manual pass of
 * docs/reliability.md ("twenty minutes, two consultants, two tabs"), scripted so it can be repeated. Not a test, never
 * run by Maven: {@code src/test/reliability/browser-soak.sh} starts a clinic and runs it ({@code BrowserSoak BASE
 * MINUTES SCREENSHOT_DIR}).
 *
 * <p>Each consultant opens a draft for a family of her own and, every round, types a weight and a line of the note,
 * saves, and goes to the family page and the day view and back to the draft, where the line must still be there. Every
 * fifth round the first consultant opens her draft in a second tab, saves there, and saves the first tab's older form:
 * it must be refused with the concurrent-edit message and keep her text on the screen. Any sign-in page, 403, error
 * page or lost line is counted; screenshots at 1366x768, 1024x768 and 768x1024 every five minutes. Prints one line per
 * round and a last line {@code errors=N}; exits 1 when there was an error.
 */
public final class BrowserSoak {

    private static final List<int[]> SIZES =
            List.of(new int[] {1366, 768}, new int[] {1024, 768}, new int[] {768, 1024});

    private final String base;
    private final Path screenshots;
    private final Random random = new Random(20261206L);
    private final List<String> errors = new ArrayList<>();
    private int saves;
    private int conflictsShown;

    private BrowserSoak(String base, Path screenshots) {
        this.base = base;
        this.screenshots = screenshots;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Duration length = Duration.ofMinutes(Long.parseLong(args[1]));
        Path screenshots = Files.createDirectories(Path.of(args[2]));
        System.setProperty("screenshots.dir", screenshots.toString());
        BrowserSoak soak = new BrowserSoak(base, screenshots);
        soak.run(length);
        System.out.println("saves=" + soak.saves + " conflicts shown=" + soak.conflictsShown);
        System.out.println("errors=" + soak.errors.size());
        soak.errors.stream().limit(20).forEach(System.out::println);
        System.exit(soak.errors.isEmpty() ? 0 : 1);
    }

    private void run(Duration length) throws Exception {
        try (Browser ana = Browser.start();
                Browser grace = Browser.start()) {
            Draft anaDraft = startDraft(ana, DemoClinic.CONSULTANT_USERNAME, "Carter");
            Draft graceDraft = startDraft(grace, DemoClinic.SECOND_CONSULTANT_USERNAME, "Sharma");
            Instant end = Instant.now().plus(length);
            Instant nextScreenshots = Instant.now();
            for (int round = 1; Instant.now().isBefore(end); round++) {
                chart(ana, "ana", anaDraft, round);
                chart(grace, "grace", graceDraft, round);
                if (round % 5 == 0) {
                    twoTabs(ana, anaDraft, round);
                }
                if (!Instant.now().isBefore(nextScreenshots)) {
                    screenshots(ana, "ana-round" + round);
                    nextScreenshots = Instant.now().plus(5, ChronoUnit.MINUTES);
                }
                System.out.printf(
                        "%s round %d: saves %d, conflicts shown %d, errors %d%n",
                        LocalTime.now().truncatedTo(ChronoUnit.SECONDS), round, saves, conflictsShown, errors.size());
                Thread.sleep(15_000); // she talks with the mother between entries
            }
        }
    }

    /** A draft's page and its family's page. */
    private record Draft(String page, String family) {}

    private Draft startDraft(Browser browser, String username, String familyName) {
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.signIn(base, username);
        browser.open(base + "dyad/search.xhtml");
        browser.type("search:name", familyName);
        browser.click("search:go");
        browser.driver().findElement(By.partialLinkText(familyName)).click();
        browser.waitForUrl("dyad/overview.xhtml");
        String family = browser.driver().getCurrentUrl();
        browser.click("overview:startConsultation");
        browser.waitForUrl("consultation/edit.xhtml");
        return new Draft(browser.driver().getCurrentUrl(), family);
    }

    /** One entry: a weight and a line of the note saved, then away to two other pages and back. */
    private void chart(Browser browser, String who, Draft draft, int round) {
        String line = who + " round " + round;
        try {
            browser.type("visit:charts:0:weight", String.valueOf(3000 + random.nextInt(600)));
            browser.leave("visit:charts:0:weight");
            browser.type("visit:subjective", line);
            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");
            saves++;
            browser.open(draft.family());
            check(browser, who, round, "family page");
            browser.open(base + "dyad/today.xhtml");
            check(browser, who, round, "day view");
            browser.open(draft.page());
            check(browser, who, round, "draft");
            String note = browser.byId("visit:subjective").getAttribute("value");
            if (!line.equals(note)) {
                errors.add(who + " round " + round + ": the note reads '" + note + "', not '" + line + "'");
            }
        } catch (RuntimeException failed) {
            errors.add(who + " round " + round + ": " + failed.getClass().getSimpleName() + " " + firstLine(failed));
            screenshot(browser, "error-" + who + "-round" + round);
            browser.open(draft.page());
        }
    }

    /** The same draft in a second tab, saved there; the first tab's older form must be refused, not saved over it. */
    private void twoTabs(Browser browser, Draft draft, int round) {
        String page = draft.page();
        var driver = browser.driver();
        String first = driver.getWindowHandle();
        try {
            browser.type("visit:objective", "first tab, round " + round);
            driver.switchTo().newWindow(WindowType.TAB);
            browser.open(page);
            browser.type("visit:assessment", "second tab, round " + round);
            browser.click("visit:save");
            browser.waitForText("#messages", "Draft saved");
            saves++;
            driver.close();
            driver.switchTo().window(first);
            browser.click("visit:save");
            browser.waitUntil(d -> d.getPageSource().contains("Someone else saved this record"));
            conflictsShown++;
            String kept = browser.byId("visit:objective").getAttribute("value");
            if (!kept.equals("first tab, round " + round)) {
                errors.add("two tabs, round " + round + ": the refused form lost her text ('" + kept + "')");
            }
            browser.open(page);
            String saved = browser.byId("visit:assessment").getAttribute("value");
            if (!saved.equals("second tab, round " + round)) {
                errors.add("two tabs, round " + round + ": the second tab's save is not there ('" + saved + "')");
            }
        } catch (RuntimeException failed) {
            errors.add("two tabs, round " + round + ": " + failed.getClass().getSimpleName() + " " + firstLine(failed));
            screenshot(browser, "error-two-tabs-round" + round);
            driver.getWindowHandles().stream()
                    .filter(h -> !h.equals(first))
                    .forEach(h -> driver.switchTo().window(h).close());
            driver.switchTo().window(first);
            browser.open(page);
        }
    }

    private void check(Browser browser, String who, int round, String page) {
        String url = browser.driver().getCurrentUrl();
        String source = browser.driver().getPageSource();
        if (url.contains("login.xhtml")
                || source.contains("403") && source.contains("Forbidden")
                || source.contains("could not complete your request")
                || source.contains("database has been closed")) {
            errors.add(who + " round " + round + ": " + page + " failed at " + url);
            screenshot(browser, "error-" + who + "-round" + round + "-" + page.replace(' ', '-'));
        }
    }

    private void screenshots(Browser browser, String name) {
        for (int[] size : SIZES) {
            browser.driver().manage().window().setSize(new Dimension(size[0], size[1]));
            screenshot(browser, name + "-" + size[0] + "x" + size[1]);
        }
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
    }

    private void screenshot(Browser browser, String name) {
        try {
            browser.screenshot("soak-" + name);
        } catch (Exception ignored) {
            // a screenshot is evidence, not the test: a failure to take one must not stop the run
        }
    }

    private static String firstLine(Throwable failed) {
        String message = String.valueOf(failed.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
