package org.lactationclinic.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the sign-in throttle's log (V92): a failed attempt, or an account's count cleared, for an account (the
 * username typed) or an address. Appended only, read by {@link DatabaseSignInAttempts}; deleted when older than
 * {@link SignInThrottle#MEMORY} (a security counter, not a clinical record: the audit trail keeps the sign-ins).
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private SignInAttempts.Kind kind;

    @Column(name = "subject", nullable = false, length = SignInThrottle.KEY_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private SignInAttempts.Outcome outcome;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SignInAttempt() {
        // for JPA
    }

    SignInAttempt(SignInAttempts.Kind kind, String subject, SignInAttempts.Outcome outcome, Instant occurredAt) {
        this.kind = kind;
        this.subject = subject;
        this.outcome = outcome;
        this.occurredAt = occurredAt;
    }

    Long getId() {
        return id;
    }

    String getSubject() {
        return subject;
    }

    SignInAttempts.Attempt toAttempt() {
        return new SignInAttempts.Attempt(id, outcome, occurredAt);
    }
}
