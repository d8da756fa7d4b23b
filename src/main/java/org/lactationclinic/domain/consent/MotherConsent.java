package org.lactationclinic.domain.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A mother's consent as it stands (issue 13, "Consent"): for each kind, her latest decision that is not voided. The
 * latest is the one decided on the latest day; two on the same day, the one recorded last. A kind she was never asked
 * about is not given: nothing is shared, photographed or put in a letter on an assumption.
 */
public final class MotherConsent implements Serializable {

    private static final Comparator<ConsentDecision> LATEST = Comparator.comparing(ConsentDecision::getDecidedOn)
            .thenComparing(
                    decision -> decision.getCreatedAt() == null ? java.time.Instant.MAX : decision.getCreatedAt())
            .thenComparing(decision -> decision.getId() == null ? Long.MAX_VALUE : decision.getId());

    private final List<ConsentDecision> decisions;

    private MotherConsent(List<ConsentDecision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /** @param decisions all her decisions, in any order; voided ones are ignored */
    public static MotherConsent of(List<ConsentDecision> decisions) {
        return new MotherConsent(
                decisions.stream().filter(decision -> !decision.isVoided()).toList());
    }

    /** Her latest decision of this kind, if she was ever asked. */
    public Optional<ConsentDecision> current(ConsentType type) {
        return decisions.stream().filter(decision -> decision.getType() == type).max(LATEST);
    }

    /** True only when her latest decision of this kind gives it. */
    public boolean isGiven(ConsentType type) {
        return current(type).map(ConsentDecision::isGranted).orElse(false);
    }

    /** Every decision, newest first: the history shown under her consent. */
    public List<ConsentDecision> history() {
        return decisions.stream().sorted(LATEST.reversed()).toList();
    }

    /** A decision dated after today is refused: consent is recorded when she gives it, not in advance. */
    public static boolean isValidDate(LocalDate decidedOn, LocalDate today) {
        return decidedOn != null && !decidedOn.isAfter(today);
    }
}
