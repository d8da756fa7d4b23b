package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.security.SignInThrottle;

/**
 * Issue 15, point 2, on the admin's side: the staff list shows which accounts are locked after too many wrong
 * passwords, read from the database's log for all accounts at once, and agrees with the throttle asked one account at a
 * time.
 */
class SignInLockIT extends ContainerTestBase {

    private static final String PASSWORD = "sign-in-lock-it-password";

    @ArquillianResource
    private URL deployedAt;

    @Inject
    private SignInThrottle throttle;

    @Test
    void staffList_shouldShowTheLockedAccountsAsTheThrottleSeesThemOneByOne() throws Exception {
        String admin = account("it.lockadmin.", Set.of(RoleType.ADMIN));
        String locked = account("it.locked.", Set.of(RoleType.CONSULTANT));
        String almost = account("it.almost.", Set.of(RoleType.CONSULTANT));
        String lifted = account("it.lifted.", Set.of(RoleType.CONSULTANT));
        fail(locked, SignInThrottle.LOCK_AFTER);
        fail(almost, SignInThrottle.LOCK_AFTER - 1);
        fail(lifted, SignInThrottle.LOCK_AFTER);
        asAdmin.call(() -> {
            staffService.liftSignInLock(
                    staffRepository.findByUsername(lifted).orElseThrow().getUuid());
            return null;
        });
        try {
            List<String> usernames = List.of(admin, locked, almost, lifted);
            Map<String, Instant> locks = asAdmin.call(() -> staffService.signInLocksOf(usernames));
            assertEquals(Set.of(locked), locks.keySet(), locks.toString());
            for (String username : usernames) {
                assertEquals(throttle.lockedUntil(username), Optional.ofNullable(locks.get(username)), username);
            }
            assertTrue(asAdmin.call(() -> staffService.signInLocksOf(List.of())).isEmpty());

            try (WebClient client = new WebClient(base()).signedInAs(admin, PASSWORD)) {
                HttpResponse<String> page = client.get("admin/staff/list.xhtml");
                assertEquals(200, page.statusCode());
                assertTrue(row(page.body(), locked).contains(":lockedUntil\""), "the locked account shows its lock");
                for (String open : List.of(admin, almost, lifted)) {
                    assertFalse(row(page.body(), open).contains(":lockedUntil\""), open + " is not locked");
                }
            }
        } finally {
            throttle.lift(locked);
            throttle.lift(almost);
        }
    }

    /** Wrong passwords without waiting out the delays: the throttle counts what it is told. */
    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, null);
        }
    }

    /** The staff table's row of this account. */
    private static String row(String page, String username) {
        return Arrays.stream(page.split("<tr "))
                .filter(row -> row.contains(">" + username + "<"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + username));
    }

    private String account(String prefix, Set<RoleType> roles) throws Exception {
        String username = prefix + uniqueName("").toLowerCase(Locale.ROOT);
        asAdmin.call(() -> staffService.createAccount(username, "Sign-in Lock", PASSWORD.toCharArray(), roles));
        return username;
    }

    private URI base() {
        return URI.create("http://localhost:" + deployedAt.getPort() + deployedAt.getPath()
                + (deployedAt.getPath().endsWith("/") ? "" : "/"));
    }
}
