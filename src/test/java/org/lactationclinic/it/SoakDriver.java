package org.lactationclinic.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long runs of docs/reliability.md, against a clinic already running (src/test/reliability/soak.sh starts one): not
 * a test, never run by Maven. Two workloads:
 *
 * <ul>
 *   <li>{@code mixed BASE MINUTES SESSIONS}: that many signed-in sessions (consultants and an admin, each its own
 *       cookie) for that long, each in a loop: mother search, family page, baby's growth page, pumping log with a
 *       session added over AJAX, a consultation, its take-home plan and letter as PDF, and for the admin every report.
 *       Counts answers by kind; any 403, 5xx, error page or sign-in page is an error.
 *   <li>{@code anonymous BASE COUNT}: that many requests without a cookie, to the sign-in page and to a protected page
 *       (answered by a redirect to sign-in).
 * </ul>
 *
 * Prints one line of counts every minute and a last line {@code errors=N}; exits 1 when there was an error.
 */
public final class SoakDriver {

    private static final String PASSWORD = "demo-password-2026";
    private static final Pattern MOTHER = Pattern.compile("overview\\.xhtml\\?mother=([0-9a-f-]{36})");
    private static final Pattern INFANT = Pattern.compile("infant\\.xhtml\\?infant=([0-9a-f-]{36})");
    private static final Pattern CONSULTATION = Pattern.compile("edit\\.xhtml\\?consultation=([0-9a-f-]{36})");
    private static final List<String> REPORTS = List.of("activity", "reasons", "outcomes", "wellbeing");

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<String> firstErrors = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        SoakDriver driver = new SoakDriver();
        long errors = switch (args[0]) {
            case "mixed" -> driver.mixed(base, Duration.ofMinutes(Long.parseLong(args[2])), Integer.parseInt(args[3]));
            case "anonymous" -> driver.anonymous(base, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mixed BASE MINUTES SESSIONS | anonymous BASE COUNT");
        };
        System.exit(errors == 0 ? 0 : 1);
    }

    private long mixed(URI base, Duration length, int sessions) throws Exception {
        Instant end = Instant.now().plus(length);
        try (ExecutorService pool = Executors.newFixedThreadPool(sessions)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                boolean admin = i % 4 == 3;
                String user = admin ? "admin" : i % 2 == 0 ? "ana.lopez" : "grace.okafor";
                int day = i;
                running.add(pool.submit(() -> {
                    loop(base, user, admin, end, day);
                    return null;
                }));
            }
            Instant nextReport = Instant.now().plusSeconds(60);
            while (!running.stream().allMatch(Future::isDone)) {
                Thread.sleep(1_000);
                if (Instant.now().isAfter(nextReport)) {
                    System.out.println(Instant.now() + " " + counts);
                    nextReport = nextReport.plusSeconds(60);
                }
            }
            for (Future<?> session : running) {
                session.get();
            }
        }
        return report();
    }

    private void loop(URI base, String user, boolean admin, Instant end, int ownDay) {
        Random random = new Random(ownDay);
        WebClient client = null;
        int round = 0;
        while (Instant.now().isBefore(end)) {
            try {
                if (client == null) {
                    client = new WebClient(base).signedInAs(user, PASSWORD);
                    count("sign-in");
                }
                if (admin) {
                    for (String report : REPORTS) {
                        check("report", client.get("admin/reports/" + report + ".xhtml"));
                    }
                    check("audit", client.get("admin/audit/search.xhtml"));
                } else {
                    String search = check("search", client.get("dyad/search.xhtml"));
                    List<String> mothers = all(MOTHER, search);
                    String mother = mothers.get(random.nextInt(mothers.size()));
                    String family = check("family", client.get("dyad/overview.xhtml?mother=" + mother));
                    for (String infant : all(INFANT, family)) {
                        check("growth", client.get("dyad/infant.xhtml?infant=" + infant));
                    }
                    String pumping = "dyad/pumping.xhtml?mother=" + mother;
                    String viewState = WebClient.viewState(check("pumping", client.get(pumping)));
                    HttpResponse<String> added = client.ajaxAction(
                            pumping,
                            viewState,
                            "log",
                            "log:add",
                            "log:quickEntry",
                            "log",
                            Map.of(
                                    "log:startedAt_input",
                                    LocalDate.now().minusDays(90 + ownDay) + " "
                                            + String.format("%02d:%02d", round / 60 % 24, round % 60),
                                    "log:duration",
                                    "15",
                                    "log:combined",
                                    "20"));
                    check("pumping-add", added);
                    if (added.body().contains("Session added.")) {
                        count("pumping-acknowledged");
                    } else {
                        error("pumping-add not acknowledged: " + snippet(added.body()));
                    }
                    for (String consultation :
                            all(CONSULTATION, family).stream().limit(1).toList()) {
                        check("consultation", client.get("consultation/edit.xhtml?consultation=" + consultation));
                        check(
                                "print",
                                client.get("consultation/print?consultation=" + consultation
                                        + "&document=plan&format=pdf"));
                        check(
                                "print",
                                client.get("consultation/print?consultation=" + consultation
                                        + "&document=letter&format=pdf"));
                    }
                }
                round++;
                if (round % 50 == 0) {
                    client.post("logout", Map.of(), false);
                    client.close();
                    client = null;
                }
            } catch (Exception e) {
                error(user + ": " + e);
                if (client != null) {
                    client.close();
                }
                client = null;
            }
        }
    }

    /** One client without a cookie jar: every request is a stranger's, and any session it is given shows. */
    private long anonymous(URI base, int requests) throws Exception {
        try (HttpClient http = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                boolean signInPage = i % 2 == 0;
                HttpRequest request = HttpRequest.newBuilder(
                                base.resolve(signInPage ? "login.xhtml" : "dyad/search.xhtml"))
                        .build();
                sent.add(pool.submit(() -> {
                    HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                    int expected = signInPage ? 200 : 302;
                    count(answer.statusCode() == expected ? "anonymous-ok" : "anonymous-" + answer.statusCode());
                    if (answer.statusCode() != expected) {
                        error("anonymous " + answer.statusCode());
                    }
                    if (answer.headers().allValues("Set-Cookie").stream()
                            .anyMatch(cookie -> cookie.startsWith("JSESSIONID"))) {
                        error("an anonymous request was given a session");
                    }
                    return null;
                }));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        }
        return report();
    }

    private String check(String kind, HttpResponse<String> answer) {
        count(kind);
        String body = answer.body();
        if (answer.statusCode() >= 400
                || body.contains("Something went wrong")
                || body.contains("login-box")
                || answer.statusCode() == 302
                        && answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            error(kind + " " + answer.uri() + ": " + answer.statusCode() + " " + snippet(body));
        }
        return body;
    }

    private void count(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private void error(String what) {
        count("errors");
        synchronized (firstErrors) {
            if (firstErrors.size() < 20) {
                firstErrors.add(what);
            }
        }
    }

    private long report() {
        firstErrors.forEach(error -> System.out.println("error: " + error));
        System.out.println("counts " + counts);
        long errors = counts.getOrDefault("errors", new AtomicLong()).get();
        System.out.println("errors=" + errors);
        return errors;
    }

    private static List<String> all(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            if (!found.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    private static String snippet(String body) {
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
