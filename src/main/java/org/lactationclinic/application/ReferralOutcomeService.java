package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralOutcomeType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ReferralOutcome;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.ReferralOutcomeRepository;

/**
 * Whether the referrals made at a mother's consultations took place (issue 13, "Progress across visits"): every
 * referral of her signed consultations, open until its outcome is recorded; outcomes recorded and voided here, audited.
 * The family page that lists them has audited its own view.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class ReferralOutcomeService {

    /**
     * A referral as the family page lists it.
     *
     * @param outcome whether it took place, or null while it is open
     */
    public record ReferralLine(
            UUID consultationUuid, LocalDateTime madeAt, int position, Referral referral, ReferralOutcome outcome)
            implements Serializable {

        public boolean isOpen() {
            return outcome == null;
        }
    }

    /** Open first (oldest first: the longest waiting on top), then closed, newest first. */
    static final Comparator<ReferralLine> FAMILY_PAGE_ORDER = Comparator.comparing(
                    (ReferralLine line) -> !line.isOpen())
            .thenComparing((a, b) ->
                    a.isOpen() ? a.madeAt().compareTo(b.madeAt()) : b.madeAt().compareTo(a.madeAt()))
            .thenComparing(ReferralLine::position);

    @Inject
    private ReferralOutcomeRepository outcomes;

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private MotherRepository mothers;

    @Inject
    private ReferralLines referralLines;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every referral of her signed consultations that are not voided, with whether it took place. */
    public List<ReferralLine> referralsOf(@NotNull UUID motherUuid) {
        Mother mother =
                mothers.findActive(motherUuid).orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
        return referralLines.of(mother, consultations.listForMother(mother));
    }

    /**
     * Records whether an open referral took place, by the signed-in consultant.
     *
     * @throws ClinicalRuleException {@code referral.message.error.alreadyClosed} when its outcome is recorded already,
     *     and the refusals of {@link ReferralOutcome#record}
     */
    public ReferralOutcome record(
            @NotNull UUID consultationUuid,
            int position,
            ReferralOutcomeType outcome,
            LocalDate outcomeOn,
            String seenBy,
            String note) {
        Consultation consultation = consultations
                .findByUuid(consultationUuid)
                .orElseThrow(() -> new RecordNotFoundException("Consultation", consultationUuid));
        ReferralOutcome recorded =
                ReferralOutcome.record(consultation, position, outcome, outcomeOn, seenBy, note, LocalDate.now(clock));
        Referral referral = consultation.carePlan().getReferrals().get(position);
        boolean closed = outcomes.activeOutcomesOf(consultation.getMother()).stream()
                .anyMatch(found -> found.getConsultation().equals(consultation) && found.isFor(position, referral));
        if (closed) {
            throw new ClinicalRuleException(
                    "referral.message.error.alreadyClosed",
                    "Referral " + position + " of consultation " + consultationUuid + " has its outcome already");
        }
        outcomes.add(recorded);
        outcomes.flush(recorded);
        UUID mother = consultation.getMother().getUuid();
        audit.recordForMother(
                AuditActionType.CREATE,
                AuditRecordType.REFERRAL_OUTCOME,
                recorded.getUuid(),
                mother,
                outcome + ", referral " + position + " of consultation " + consultationUuid + ", mother " + mother);
        return recorded;
    }

    /** Voids an outcome recorded in error; the referral is open again. */
    public void voidOutcome(@NotNull UUID outcomeUuid, long versionOnForm, String reason) {
        ReferralOutcome outcome = outcomes.findByUuid(outcomeUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("ReferralOutcome", outcomeUuid));
        outcome.checkVersion(versionOnForm);
        try {
            outcome.voidRecord(reason, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        outcomes.flush(outcome);
        UUID mother = outcome.getConsultation().getMother().getUuid();
        audit.recordForMother(
                AuditActionType.VOID,
                AuditRecordType.REFERRAL_OUTCOME,
                outcomeUuid,
                mother,
                "referral " + outcome.getPosition() + " of consultation "
                        + outcome.getConsultation().getUuid() + ", mother " + mother);
    }
}
