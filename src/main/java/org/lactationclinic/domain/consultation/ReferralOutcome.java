package org.lactationclinic.domain.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralOutcomeType;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Whether a referral made at a consultation took place (issue 13, "Progress across visits": open referrals and whether
 * they happened): seen, not seen or declined, on which day, by whom, with a note; recorded from the family page after
 * the visit, by the consultant who learns of it.
 *
 * <p>Life cycle: recorded once per referral that is open; never changed; one recorded in error is voided with a reason,
 * and the referral is open again. The referral is the care plan's line at {@code position}; the destination is kept
 * too, so that an amendment that puts another referral at that line leaves this outcome behind ({@link #isFor}).
 */
@Entity
@Table(name = "referral_outcome")
@Audited
public class ReferralOutcome extends AuditedEntity {

    public static final int SEEN_BY_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;

    @Column(name = "referral_position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination", nullable = false, updatable = false, length = 40)
    private ReferralDestinationType destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private ReferralOutcomeType outcome;

    @Column(name = "outcome_on", nullable = false, updatable = false)
    private LocalDate outcomeOn;

    @Column(name = "seen_by", updatable = false, length = SEEN_BY_MAX)
    private String seenBy;

    @Column(name = "note", updatable = false, length = ClinicalLimits.REASON_MAX)
    private String note;

    protected ReferralOutcome() {
        // for JPA
    }

    /**
     * Records whether the referral at {@code position} of the consultation's care plan took place.
     *
     * @param today the clinic's today
     * @throws ClinicalRuleException {@code referral.message.error.notSigned} when the consultation is a draft or voided
     *     (its referrals are not yet made); {@code referral.message.error.noSuchReferral} when its plan has no referral
     *     there; {@code referral.message.error.outcomeRequired} without an outcome; {@code referral.message.error.date}
     *     when the day is missing, before the visit or after today; {@code referral.message.error.tooLong} for a text
     *     over its length
     */
    public static ReferralOutcome record(
            Consultation consultation,
            int position,
            ReferralOutcomeType outcome,
            LocalDate outcomeOn,
            String seenBy,
            String note,
            LocalDate today) {
        if (consultation.isEditable() || consultation.isVoided()) {
            throw new ClinicalRuleException(
                    "referral.message.error.notSigned",
                    "Consultation " + consultation.getUuid() + " is not signed: its referrals are not yet made");
        }
        List<Referral> referrals = consultation.carePlan().getReferrals();
        if (position < 0 || position >= referrals.size()) {
            throw new ClinicalRuleException(
                    "referral.message.error.noSuchReferral",
                    "Consultation " + consultation.getUuid() + " has no referral " + position);
        }
        if (outcome == null) {
            throw new ClinicalRuleException(
                    "referral.message.error.outcomeRequired", "Say whether the referral took place");
        }
        if (!isValidDate(outcomeOn, consultation.getStartedAt().toLocalDate(), today)) {
            throw new ClinicalRuleException(
                    "referral.message.error.date", "The outcome's day is between the visit and today: " + outcomeOn);
        }
        ReferralOutcome recorded = new ReferralOutcome();
        recorded.consultation = consultation;
        recorded.position = position;
        recorded.destination = referrals.get(position).getDestination();
        recorded.outcome = outcome;
        recorded.outcomeOn = outcomeOn;
        recorded.seenBy = text(seenBy, SEEN_BY_MAX);
        recorded.note = text(note, ClinicalLimits.REASON_MAX);
        return recorded;
    }

    /** The day it happened (or was learned not to) is between the visit and today, both included. */
    public static boolean isValidDate(LocalDate outcomeOn, LocalDate visit, LocalDate today) {
        return outcomeOn != null && !outcomeOn.isBefore(visit) && !outcomeOn.isAfter(today);
    }

    /** True when this outcome belongs to that line of the plan as it stands (same line, same destination). */
    public boolean isFor(int referralPosition, Referral referral) {
        return position == referralPosition && referral != null && destination == referral.getDestination();
    }

    private static String text(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String stripped = typed.strip();
        if (stripped.length() > max) {
            throw new ClinicalRuleException("referral.message.error.tooLong", "Longer than " + max + " characters");
        }
        return stripped;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getPosition() {
        return position;
    }

    public ReferralDestinationType getDestination() {
        return destination;
    }

    public ReferralOutcomeType getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getSeenBy() {
        return seenBy;
    }

    public String getNote() {
        return note;
    }
}
