package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.SecondFactorService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.security.Base32;
import org.lactationclinic.infrastructure.security.Totp;

/**
 * Issue 15, point 5: the optional TOTP second factor over HTTP, as a browser uses it: enrolment on the account page
 * (secret, otpauth:// address, QR code, confirmed with a code), the code step after the password, a code good once,
 * throttled and audited, no HTTP Basic for such an account, an admin's reset, and the clinic's switch that makes admins
 * enrol before anything else.
 */
class SecondFactorIT extends ContainerTestBase {

    private static final String PASSWORD = "second-factor-it-password";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    @ArquillianResource
    private URL deployedAt;

    @EJB
    private SecondFactorService secondFactor;

    @EJB
    private AuditTrail auditTrail;

    @Test
    void signIn_shouldAskForACodeGoodOnceAfterEnrolment() throws Exception {
        String username = account("it.totp.", Set.of(RoleType.CONSULTANT));
        byte[] secret;
        long enrolledAt;
        try (WebClient staff = new WebClient(base()).signedInAs(username, PASSWORD)) {
            HttpResponse<String> page = staff.get("account/second-factor.xhtml");
            assertEquals(200, page.statusCode());
            Matcher shown = SECRET.matcher(page.body());
            assertTrue(shown.find(), page.body());
            secret = Base32.decode(shown.group(1));
            assertEquals(Totp.SECRET_BYTES, secret.length);
            assertTrue(page.body().contains("otpauth://totp/"), "the otpauth address");
            assertTrue(page.body().contains("src=\"data:image/svg+xml;base64,"), "the QR code");

            HttpResponse<String> wrong = post(
                    staff,
                    "account/second-factor.xhtml",
                    page.body(),
                    "secondFactor",
                    Map.of("secondFactor:enrolCode", otherThan(secret), "secondFactor:enrol", ""));
            assertTrue(wrong.body().contains("The code does not match"), wrong.body());
            enrolledAt = Totp.stepOf(Instant.now());
            HttpResponse<String> right = post(
                    staff,
                    "account/second-factor.xhtml",
                    wrong.body(),
                    "secondFactor",
                    Map.of("secondFactor:enrolCode", Totp.code(secret, enrolledAt), "secondFactor:enrol", ""));
            assertTrue(right.body().contains("Your second factor is on"), right.body());
            assertFalse(right.body().contains(shown.group(1)), "the secret is not shown again");
        }
        StaffUser stored = staffRepository.findByUsername(username).orElseThrow();
        assertTrue(stored.getTotpSecret().startsWith("v1:"), "sealed, not in clear");
        assertFalse(stored.getTotpSecret().contains(Base32.encode(secret)));

        // the password alone no longer signs in: the code page comes next
        try (WebClient staff = new WebClient(base())) {
            HttpResponse<String> password = staff.signIn(username, PASSWORD);
            assertEquals(302, password.statusCode());
            assertTrue(password.headers().firstValue("Location").orElse("").contains("login-code.xhtml"));
            HttpResponse<String> between = staff.get("dyad/search.xhtml");
            assertEquals(302, between.statusCode());
            assertTrue(
                    between.headers().firstValue("Location").orElse("").contains("login.xhtml"),
                    "not signed in between the steps");
            HttpResponse<String> codePage = staff.get("login-code.xhtml");
            HttpResponse<String> wrong = postCode(staff, codePage.body(), otherThan(secret));
            assertTrue(wrong.body().contains("The code is not right"), wrong.body());
            // the enrolment's code is used up; the next step's is still within the window
            HttpResponse<String> used = postCode(staff, wrong.body(), Totp.code(secret, enrolledAt));
            assertEquals(200, used.statusCode(), "a used code is refused");
            HttpResponse<String> right = postCode(staff, used.body(), Totp.code(secret, enrolledAt + 1));
            assertEquals(302, right.statusCode(), right.body());
            assertEquals(200, staff.get("dyad/search.xhtml").statusCode(), "signed in");
        }
        // the same code again, after the password again: refused
        try (WebClient replay = new WebClient(base())) {
            assertEquals(302, replay.signIn(username, PASSWORD).statusCode());
            HttpResponse<String> again =
                    postCode(replay, replay.get("login-code.xhtml").body(), Totp.code(secret, enrolledAt + 1));
            assertEquals(200, again.statusCode());
            assertTrue(again.body().contains("The code is not right"));
        }
        // HTTP Basic cannot carry a code: refused even with the right password
        assertEquals(401, basicGet("fhir/metadata", username, PASSWORD).statusCode());

        List<AuditEvent> events =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(username, null, null, null), 0, 50));
        assertTrue(has(events, AuditActionType.UPDATE, "second factor enrolled"), events.toString());
        assertTrue(has(events, AuditActionType.SIGN_IN, "second factor"), events.toString());
        assertTrue(has(events, AuditActionType.SIGN_IN, "password right; code next"), events.toString());
        assertTrue(
                events.stream()
                                .filter(e -> e.getAction() == AuditActionType.SIGN_IN_FAILED
                                        && "second factor: wrong code".equals(e.getDetail()))
                                .count()
                        >= 3,
                events.toString());
        assertTrue(
                has(events, AuditActionType.SIGN_IN_FAILED, "refused: second factor, not over HTTP Basic"),
                events.toString());

        // an admin resets it (a lost phone): the password alone signs in again
        asAdmin.call(() -> {
            secondFactor.reset(stored.getUuid());
            return null;
        });
        try (WebClient staff = new WebClient(base())) {
            HttpResponse<String> password = staff.signIn(username, PASSWORD);
            assertEquals(302, password.statusCode());
            assertFalse(password.headers().firstValue("Location").orElse("").contains("login-code"));
        }
        assertTrue(has(
                asAdmin.call(
                        () -> auditTrail.search(new AuditSearch(AsAdmin.USERNAME, stored.getUuid(), null, null), 0, 5)),
                AuditActionType.UPDATE,
                "second factor reset"));
    }

    @Test
    void codes_shouldBeThrottledLikePasswords() throws Exception {
        String username = account("it.totpguess.", Set.of(RoleType.CONSULTANT));
        byte[] secret = enrolDirectly(username);
        // From an address of its own: its wrong codes count against the address too, on the server the suite shares.
        try (WebClient guesser = WebClient.fromAddress(base(), "127.0.0.4")) {
            assertEquals(302, guesser.signIn(username, PASSWORD).statusCode());
            String page = guesser.get("login-code.xhtml").body();
            boolean throttled = false;
            for (int i = 0; i < 9 && !throttled; i++) {
                HttpResponse<String> answer = postCode(guesser, page, otherThan(secret));
                throttled = answer.body().contains("Too many sign-in attempts");
                page = answer.body();
            }
            assertTrue(throttled, "after three wrong codes the next attempts wait");
        }
        StaffUser user = staffRepository.findByUsername(username).orElseThrow();
        asAdmin.call(() -> {
            staffService.liftSignInLock(user.getUuid());
            return null;
        });
    }

    @Test
    void admins_shouldEnrolFirstWhenTheClinicRequiresIt() throws Exception {
        String username = account("it.totpadmin.", Set.of(RoleType.ADMIN));
        asAdmin.call(() -> {
            secondFactor.setRequiredForAdmins(true);
            return null;
        });
        try (WebClient admin = new WebClient(base()).signedInAs(username, PASSWORD)) {
            HttpResponse<String> elsewhere = admin.get("admin/staff/list.xhtml");
            assertEquals(302, elsewhere.statusCode());
            assertTrue(elsewhere.headers().firstValue("Location").orElse("").endsWith("/account/second-factor.xhtml"));
            HttpResponse<String> page = admin.get("account/second-factor.xhtml");
            assertTrue(page.body().contains("The clinic requires admins to sign in with a second factor"));
            Matcher shown = SECRET.matcher(page.body());
            assertTrue(shown.find());
            byte[] secret = Base32.decode(shown.group(1));
            HttpResponse<String> right = post(
                    admin,
                    "account/second-factor.xhtml",
                    page.body(),
                    "secondFactor",
                    Map.of(
                            "secondFactor:enrolCode",
                            Totp.code(secret, Totp.stepOf(Instant.now())),
                            "secondFactor:enrol",
                            ""));
            assertTrue(right.body().contains("Your second factor is on"), right.body());
            assertEquals(200, admin.get("admin/staff/list.xhtml").statusCode(), "free to work once enrolled");
        } finally {
            asAdmin.call(() -> {
                secondFactor.setRequiredForAdmins(false);
                return null;
            });
        }
        assertFalse(asAdmin.call(() -> secondFactor.isRequiredForAdmins()));
    }

    private String account(String prefix, Set<RoleType> roles) throws Exception {
        String username = prefix + uniqueName("").toLowerCase(Locale.ROOT);
        asAdmin.call(() -> staffService.createAccount(username, "Second Factor", PASSWORD.toCharArray(), roles));
        return username;
    }

    /** Enrols through the page, for tests about what follows. */
    private byte[] enrolDirectly(String username) throws Exception {
        try (WebClient staff = new WebClient(base()).signedInAs(username, PASSWORD)) {
            HttpResponse<String> page = staff.get("account/second-factor.xhtml");
            Matcher shown = SECRET.matcher(page.body());
            assertTrue(shown.find());
            byte[] secret = Base32.decode(shown.group(1));
            HttpResponse<String> right = post(
                    staff,
                    "account/second-factor.xhtml",
                    page.body(),
                    "secondFactor",
                    Map.of(
                            "secondFactor:enrolCode",
                            Totp.code(secret, Totp.stepOf(Instant.now())),
                            "secondFactor:enrol",
                            ""));
            assertTrue(right.body().contains("Your second factor is on"), right.body());
            return secret;
        }
    }

    private static HttpResponse<String> postCode(WebClient client, String page, String code) throws Exception {
        return post(client, "login-code.xhtml", page, "code", Map.of("code:totp", code, "code:confirm", ""));
    }

    private static HttpResponse<String> post(
            WebClient client, String path, String page, String form, Map<String, String> values) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.putAll(values);
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        CspNonce.addTo(fields, page);
        return client.post(path, fields, false);
    }

    /** A six-digit code that is none of the codes accepted now. */
    private static String otherThan(byte[] secret) {
        long now = Totp.stepOf(Instant.now());
        Set<String> good = Set.of(
                Totp.code(secret, now - 1),
                Totp.code(secret, now),
                Totp.code(secret, now + 1),
                Totp.code(secret, now + 2));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate * 7919 % 1_000_000);
            if (!good.contains(code)) {
                return code;
            }
        }
    }

    private static boolean has(List<AuditEvent> events, AuditActionType action, String detail) {
        return events.stream().anyMatch(event -> event.getAction() == action && detail.equals(event.getDetail()));
    }

    private HttpResponse<String> basicGet(String path, String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base().resolve(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI base() {
        return URI.create("http://localhost:" + deployedAt.getPort() + deployedAt.getPath()
                + (deployedAt.getPath().endsWith("/") ? "" : "/"));
    }
}
