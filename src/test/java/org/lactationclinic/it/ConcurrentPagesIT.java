package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lactationclinic.infrastructure.demo.DemoClinic;

/**
 * The pages as a browser with two tabs, or a double-click, uses them (issue 11, items 4 and 5): many requests of one
 * session at once each get a whole page, never the error page; the same create posted twice from one page stores one
 * record; the history of a consultation with a care plan opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentPagesIT {

    private static final int AT_ONCE = 16;
    private static final Pattern MOTHER = Pattern.compile("overview\\.xhtml\\?mother=([0-9a-f-]{36})");
    private static final Pattern INFANT = Pattern.compile("infant\\.xhtml\\?infant=([0-9a-f-]{36})");
    private static final Pattern CONSULTATION = Pattern.compile("edit\\.xhtml\\?consultation=([0-9a-f-]{36})");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.lactationclinic.web.messages");

    @ArquillianResource
    private URL deployedAt;

    @Test
    void pages_requestedManyAtOnceInOneSession_shouldEachRenderWhole() throws Exception {
        HttpSession scout = consultant();
        String mother = first(MOTHER, scout.get("dyad/search.xhtml").body());
        String overview = scout.get("dyad/overview.xhtml?mother=" + mother).body();
        List<String> paths = List.of(
                "dyad/overview.xhtml?mother=" + mother,
                "dyad/infant.xhtml?infant=" + first(INFANT, overview),
                "consultation/edit.xhtml?consultation=" + first(CONSULTATION, overview),
                "consultation/history.xhtml?consultation=" + first(CONSULTATION, overview));

        // Fresh sessions whose first pages with view-scoped beans all arrive at once (tabs restored together),
        // and then a session already in use.
        for (int round = 0; round < 3; round++) {
            HttpSession session = consultant();
            for (HttpSession.Page page : atOnce(AT_ONCE, i -> session.get(paths.get(i % paths.size())))) {
                assertWhole(page);
            }
        }
        for (HttpSession.Page page : atOnce(AT_ONCE, i -> scout.get(paths.get(i % paths.size())))) {
            assertWhole(page);
        }
    }

    @Test
    void pages_underSustainedLoadInOneSession_shouldEachRenderWhole() throws Exception {
        HttpSession session = consultant();
        String mother = first(MOTHER, session.get("dyad/search.xhtml").body());
        String overview = session.get("dyad/overview.xhtml?mother=" + mother).body();
        List<String> paths = List.of(
                "dyad/overview.xhtml?mother=" + mother,
                "dyad/infant.xhtml?infant=" + first(INFANT, overview),
                "consultation/edit.xhtml?consultation=" + first(CONSULTATION, overview));

        // 16 always in flight, far more views than a session keeps: a slow page must not lose its bean to newer views
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<HttpSession.Page>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE * 10; i++) {
                String path = paths.get(i % paths.size());
                answers.add(threads.submit(() -> session.get(path)));
            }
            for (Future<HttpSession.Page> answer : answers) {
                assertWhole(answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void history_ofEveryDemoConsultation_shouldOpen() throws Exception {
        HttpSession session = consultant();
        Set<String> consultations = new LinkedHashSet<>();
        for (String mother : all(MOTHER, session.get("dyad/search.xhtml").body())) {
            consultations.addAll(all(
                    CONSULTATION,
                    session.get("dyad/overview.xhtml?mother=" + mother).body()));
        }
        assertFalse(consultations.isEmpty());

        for (String consultation : consultations) {
            HttpSession.Page history = session.get("consultation/history.xhtml?consultation=" + consultation);
            assertWhole(history);
        }
    }

    @Test
    void pumpingAdd_postedTwiceFromOnePage_shouldStoreOneSession() throws Exception {
        HttpSession session = consultant();
        String mother = first(MOTHER, session.get("dyad/search.xhtml").body());
        String path = "dyad/pumping.xhtml?mother=" + mother;
        HttpSession.Page log = session.get(path);
        int before = rowsOf(log.body());
        // a minute no other test uses, so the two posts are the same session and nothing else
        String startedAt = LocalDateTime.now()
                .minusDays(1)
                .minusMinutes(System.nanoTime() % 600)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String body = log.form("log")
                .ajaxClicking(
                        ":add",
                        "log:quickEntry",
                        "log",
                        Map.of(":startedAt_input", startedAt, ":duration", "15", ":combined", "45"));

        List<HttpSession.Page> answers =
                atOnce(2, i -> session.post(log.form("log").action(), body));

        answers.forEach(ConcurrentPagesIT::assertWhole);
        assertEquals(before + 1, rowsOf(session.get(path).body()), "one session stored");
    }

    @Test
    void startConsultation_postedTwiceFromOnePage_shouldStartOneDraft() throws Exception {
        HttpSession session = consultant();
        String mother = all(MOTHER, session.get("dyad/search.xhtml").body()).getLast();
        String path = "dyad/overview.xhtml?mother=" + mother;
        HttpSession.Page overview = session.get(path);
        int before = all(CONSULTATION, overview.body()).size();
        String body = overview.form("overview").clicking(":startConsultation", Map.of());

        List<HttpSession.Page> answers =
                atOnce(2, i -> session.post(overview.form("overview").action(), body));

        answers.forEach(ConcurrentPagesIT::assertWhole);
        assertEquals(before + 1, all(CONSULTATION, session.get(path).body()).size(), "one draft started");
    }

    /**
     * The same press arriving after the first one was handled (a double post the server saw one after the other): the
     * first press's navigation ended the page's view, so the second finds a new bean.
     */
    @Test
    void startConsultation_postedAgainAfterTheFirstNavigated_shouldStartNoSecondDraft() throws Exception {
        HttpSession session = consultant();
        String mother = all(MOTHER, session.get("dyad/search.xhtml").body()).getFirst();
        String path = "dyad/overview.xhtml?mother=" + mother;
        HttpSession.Page overview = session.get(path);
        int before = all(CONSULTATION, overview.body()).size();
        String body = overview.form("overview").clicking(":startConsultation", Map.of());

        HttpSession.Page first = session.post(overview.form("overview").action(), body);
        HttpSession.Page second = session.post(overview.form("overview").action(), body);

        assertWhole(first);
        assertWhole(second);
        assertEquals(before + 1, all(CONSULTATION, session.get(path).body()).size(), "one draft started");
    }

    private HttpSession consultant() throws Exception {
        return HttpSession.signIn(deployedAt, DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD);
    }

    private static void assertWhole(HttpSession.Page page) {
        assertEquals(200, page.status(), page.uri() + ":\n" + page.body());
        assertFalse(page.body().contains(TEXTS.getString("error_unexpected.title")), page.uri() + " is the error page");
        assertFalse(
                page.body().contains(TEXTS.getString("clinic.message.error.pageNotLoaded")),
                page.uri() + " did not load");
        assertFalse(page.uri().getPath().endsWith("login.xhtml"), page.uri() + " went back to sign-in");
    }

    /** The pumping log's sessions: the data rows of its entries table (the daily totals have a table too). */
    private static int rowsOf(String html) {
        int start = html.indexOf("id=\"log:entries_data\"");
        assertTrue(start >= 0, "the entries table in\n" + html);
        int end = html.indexOf("</tbody>", start);
        Matcher rows = Pattern.compile("data-ri=\"\\d+\"").matcher(html.substring(start, end));
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    private static String first(Pattern pattern, String html) {
        List<String> found = all(pattern, html);
        assertFalse(found.isEmpty(), pattern + " in\n" + html);
        return found.getFirst();
    }

    private static List<String> all(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return new ArrayList<>(found);
    }

    interface Request {
        HttpSession.Page send(int index) throws Exception;
    }

    /** Sends the requests together, released at once as a double-click or several tabs would. */
    private static List<HttpSession.Page> atOnce(int count, Request request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpSession.Page>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<HttpSession.Page> send = () -> {
                    start.await();
                    return request.send(index);
                };
                answers.add(threads.submit(send));
            }
            start.countDown();
            List<HttpSession.Page> pages = new ArrayList<>();
            for (Future<HttpSession.Page> answer : answers) {
                pages.add(answer.get());
            }
            assertTrue(pages.size() == count);
            return pages;
        } finally {
            threads.shutdownNow();
        }
    }
}
