package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.ConsentRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;

/**
 * Recording a mother's consent (issue 13, "Consent"): each decision dated and with who took it, audited; read as her
 * current consent by the letter ({@link PrintService}) and, later, by photographs.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class ConsentService {

    @Inject
    private ConsentRepository decisions;

    @Inject
    private MotherRepository mothers;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Her consent as it stands, with its history: read again after a decision is recorded (the family page's own read,
     * {@link FamilyProgressService#view}, carries it and audits the view).
     */
    public MotherConsent consentOf(@NotNull UUID motherUuid) {
        return MotherConsent.of(decisions.decisionsOf(activeMother(motherUuid)));
    }

    /**
     * Records a decision she made today or earlier, taken by the signed-in consultant.
     *
     * @throws ClinicalRuleException when the date is missing or in the future
     */
    public ConsentDecision record(
            @NotNull UUID motherUuid, @NotNull ConsentType type, boolean granted, LocalDate decidedOn) {
        if (!MotherConsent.isValidDate(decidedOn, LocalDate.now(clock))) {
            throw new ClinicalRuleException(
                    "consent.message.error.date", "A consent decision must be dated today or earlier");
        }
        Mother mother = activeMother(motherUuid);
        ConsentDecision decision = new ConsentDecision(mother, type, granted, decidedOn, actor.username());
        decisions.add(decision);
        decisions.flush(decision);
        audit.recordForMother(
                AuditActionType.CREATE,
                AuditRecordType.CONSENT,
                decision.getUuid(),
                motherUuid,
                type.name() + (granted ? " given" : " withdrawn") + ", mother " + motherUuid);
        return decision;
    }

    /** Voids a decision recorded in error; her consent falls back to the decision before it. */
    public void voidDecision(@NotNull UUID decisionUuid, long versionOnForm, String reason) {
        ConsentDecision decision = decisions
                .findByUuid(decisionUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("ConsentDecision", decisionUuid));
        decision.checkVersion(versionOnForm);
        try {
            decision.voidRecord(reason, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic.message.error.voidReasonRequired", e.getMessage());
        }
        decisions.flush(decision);
        audit.recordForMother(
                AuditActionType.VOID,
                AuditRecordType.CONSENT,
                decisionUuid,
                decision.getMother().getUuid(),
                "mother " + decision.getMother().getUuid());
    }

    private Mother activeMother(UUID motherUuid) {
        return mothers.findActive(motherUuid).orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
    }
}
