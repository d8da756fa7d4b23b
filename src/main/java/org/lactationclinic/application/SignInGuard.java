package org.lactationclinic.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.lactationclinic.infrastructure.security.SignInThrottle;

/**
 * What the sign-in mechanism ({@code web.ClinicSignIn}) asks of the throttle on password guessing
 * ({@link SignInThrottle}: its rules, its counts shared by every server): whether an attempt is refused before the
 * password is hashed, a failure counted, a completed sign-in clearing the account's failures. The web asks here rather
 * than using the throttle and its records itself, so that it reaches infrastructure only through the application layer
 * (docs/architecture.md, "Layer rules"). No role: it runs before anyone is signed in.
 */
@ApplicationScoped
public class SignInGuard {

    /** Failures in a row that lock an account (for the audit trail's words). */
    public static final int LOCK_AFTER = SignInThrottle.LOCK_AFTER;

    private SignInThrottle throttle;

    /** For the CDI proxy only. */
    protected SignInGuard() {}

    @Inject
    public SignInGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** An attempt refused without checking the password: why (as the audit trail words it), and for how long. */
    public static final class Refusal {

        private final SignInThrottle.Verdict verdict;

        private Refusal(SignInThrottle.Verdict verdict) {
            this.verdict = verdict;
        }

        /** ACCOUNT_DELAYED, ACCOUNT_LOCKED or ADDRESS_BLOCKED. */
        public String reason() {
            return verdict.refusal().name();
        }

        /** Whole seconds, at least one, until another attempt is let through. */
        public long secondsLeft(Instant now) {
            return verdict.secondsLeft(now);
        }
    }

    /** A refusal when the account or the address must wait, before any password is hashed; empty otherwise. */
    public Optional<Refusal> check(String username, String address) {
        return throttle.check(username, address).map(Refusal::new);
    }

    /** Counts a failed attempt; true when this failure locked the account. */
    public boolean failed(String username, String address) {
        return throttle.failed(username, address).lockedNow();
    }

    /** Clears the account's failures, once sign-in is complete. */
    public void succeeded(String username) {
        throttle.succeeded(username);
    }
}
