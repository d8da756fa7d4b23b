package org.lactationclinic.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.infrastructure.demo.DemoClinic;

/**
 * Walks every page of the demo clinic as each role and runs axe-core (WCAG 2.1 A and AA) on each, at 1366x768, and
 * checks that none scrolls sideways at 768x1024. Shared by {@link AccessibilityBrowserIT} (the built WAR in Payara
 * Micro) and {@link AccessibilityTour} (a clinic already running, for a quick look while fixing).
 */
final class AccessibilityAudit {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Page name to its violations, one line each: rule id, impact, target, message. */
    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    private final String base;

    AccessibilityAudit(String base) {
        this.base = base;
    }

    Map<String, List<String>> run() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.size(1366, 768);
            browser.open(base + "login.xhtml");
            check(browser, "login");
            browser.open(base + "dyad/overview.xhtml?mother=" + UUID.randomUUID());
            check(browser, "error: not found (anonymous)");

            signIn(browser, DemoClinic.CONSULTANT_USERNAME);
            check(browser, "consultant home");
            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "okafor");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Okafor");
            check(browser, "search with results");
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            check(browser, "family overview (twins)");
            String overview = browser.driver().getCurrentUrl();
            String mother = overview.replaceAll(".*mother=([0-9a-f-]{36}).*", "$1");
            browser.open(base + "dyad/edit.xhtml?mother=" + mother);
            check(browser, "mother edit");
            browser.open(base + "dyad/edit.xhtml");
            check(browser, "register mother");
            browser.open(overview);
            browser.find("[id$='infant:0:growth']").click();
            browser.waitForUrl("dyad/infant.xhtml");
            check(browser, "infant growth");
            browser.open(base + "dyad/pumping.xhtml?mother=" + mother);
            check(browser, "pumping log");
            browser.open(overview);
            browser.find("#overview\\:consultations tbody tr a").click();
            browser.waitForUrl("consultation/edit.xhtml");
            check(browser, "consultation (twins)");
            String consultation = browser.driver().getCurrentUrl().replaceAll(".*consultation=([0-9a-f-]{36}).*", "$1");
            browser.open(base + "consultation/care-plan.xhtml?consultation=" + consultation);
            check(browser, "care plan");
            browser.open(base + "consultation/history.xhtml?consultation=" + consultation);
            check(browser, "history");
            browser.open(base + "consultation/print?consultation=" + consultation + "&document=plan");
            check(browser, "print: take-home plan");
            browser.open(base + "consultation/print?consultation=" + consultation + "&document=letter");
            check(browser, "print: provider letter");

            browser.open(base + "dyad/search.xhtml");
            browser.type("search:name", "hernández");
            browser.click("search:go");
            browser.waitForText("#search\\:results", "Hern");
            browser.find("a.mother-link").click();
            browser.waitForUrl("dyad/overview.xhtml");
            check(browser, "family overview (one baby)");
            browser.byId("consent:openConsent").click();
            browser.find("#consent\\:consentType_label");
            check(browser, "family overview: the consent dialog");
            browser.byId("consent:cancelConsent").click();
            browser.find("#overview\\:consultations tbody tr a").click();
            browser.waitForUrl("consultation/edit.xhtml");
            check(browser, "consultation (one baby)");

            // the referral inbox (issue 14): a referral uploaded, its page with the mothers side by side, the inbox
            browser.open(base + "referral/inbox.xhtml");
            browser.byId("upload:file").sendKeys(referralFile().toString());
            browser.click("upload:send");
            browser.waitForUrl("referral/detail.xhtml");
            check(browser, "referral detail");
            browser.open(base + "referral/inbox.xhtml");
            check(browser, "referral inbox");

            browser.open(base + "admin/staff/list.xhtml");
            check(browser, "error: forbidden");
            browser.open(base + "dyad/overview.xhtml?mother=" + UUID.randomUUID());
            check(browser, "error: not found");
            browser.open(base + "error/unexpected.xhtml");
            check(browser, "error: unexpected");
            signOut(browser);

            signIn(browser, DemoClinic.ADMIN_USERNAME);
            check(browser, "admin home");
            for (String page : List.of(
                    "admin/staff/list",
                    "admin/staff/edit",
                    "admin/settings/edit",
                    "admin/settings/clinic",
                    "admin/interventions/list",
                    "admin/providers/list",
                    "admin/reports/activity",
                    "admin/reports/reasons",
                    "admin/reports/outcomes",
                    "admin/reports/wellbeing",
                    "admin/audit/search",
                    "account/second-factor")) {
                browser.open(base + page + ".xhtml");
                check(browser, page);
            }
            signOut(browser);

            // grace.okafor holds both roles: her home page and navigation carry both
            signIn(browser, DemoClinic.SECOND_CONSULTANT_USERNAME);
            check(browser, "consultant and admin home");
        }
        return violations;
    }

    /**
     * A referral for a demo mother (Amara Okafor, by her MRN) with a new baby, a weight, answers and a weight without a
     * unit.
     */
    private static java.nio.file.Path referralFile() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("referral", ".json");
        file.toFile().deleteOnExit();
        try (java.io.InputStream in =
                AccessibilityAudit.class.getResourceAsStream("/fhir/referrals/demo-okafor-new-baby.json")) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private void signIn(Browser browser, String username) {
        browser.signIn(base, username);
    }

    private void signOut(Browser browser) {
        browser.find("form.signout button").click();
        browser.waitForUrl("login.xhtml");
    }

    private void check(Browser browser, String page) {
        browser.waitForAjax();
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe could not run on " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " [" + rule.getImpact() + "] " + node.getTarget() + ": "
                        + (node.getFailureSummary() == null
                                ? rule.getHelp()
                                : node.getFailureSummary().replace('\n', ' ')));
            }
        }
        String sideways = sidewaysAt768(browser);
        if (!sideways.isEmpty()) {
            found.add("reflow [serious] at 768x1024 the page scrolls sideways: " + sideways);
        }
        violations.put(page + " (" + browser.driver().getCurrentUrl().replace(base, "") + ")", found);
    }

    /**
     * A tablet held upright: at 768 px wide no page scrolls sideways, neither the document nor the consultation page's
     * scrolling main (WCAG 1.4.10 asks it at 320 px for text; a table too wide scrolls inside its own region). Empty
     * when it fits, else the widths and the last elements that stick out. axe does not check this: the outcomes
     * report's twelve-column table once made the whole page scroll sideways with no violation found.
     */
    private static String sidewaysAt768(Browser browser) {
        browser.size(768, 1024);
        try {
            return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                    for (const box of [document.documentElement, document.querySelector('main.page')]) {
                        if (!box || box.scrollWidth <= box.clientWidth + 1) continue;
                        const edge = box.getBoundingClientRect().left + box.clientWidth + 1;
                        const wide = Array.from(box.querySelectorAll('*'))
                            .filter(e => e.getBoundingClientRect().right > edge);
                        return box.tagName + ' ' + box.scrollWidth + ' > ' + box.clientWidth + ': '
                            + wide.slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');
                    }
                    return '';""");
        } finally {
            browser.size(1366, 768);
        }
    }

    /** One line per page with its count, then every violation: what the test prints when it fails. */
    static String report(Map<String, List<String>> violations) {
        StringBuilder text = new StringBuilder();
        violations.forEach((page, found) -> text.append(String.format("%4d  %s%n", found.size(), page)));
        violations.forEach((page, found) -> found.forEach(
                line -> text.append(page).append(" | ").append(line).append('\n')));
        return text.toString();
    }
}
