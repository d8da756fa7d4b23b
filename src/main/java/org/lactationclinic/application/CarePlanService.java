package org.lactationclinic.application;

import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditActionType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanSuggestions;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.persistence.ConsultationRepository;
import org.lactationclinic.infrastructure.persistence.InterventionRepository;
import org.lactationclinic.infrastructure.persistence.StaffRepository;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Agreeing the care plan at the end of a consultation: what the library offers, what the flags suggest, and
 * recording the plan, as a draft's change or in an amendment of a signed consultation.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class CarePlanService {

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private InterventionRepository interventions;

    @Inject
    private StaffRepository staff;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The interventions offered for new plans, by category. */
    public List<Intervention> offered() {
        return interventions.offered();
    }

    /** The library entry, retired or not (a plan may still hold a retired one). */
    public Intervention intervention(@NotNull UUID uuid) {
        return interventions.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Intervention", uuid));
    }

    /**
     * What the consultation's stored flags suggest that the plan does not hold yet.
     *
     * @param plan the plan as the form holds it
     */
    public List<CarePlanSuggestions.Suggestion> suggestions(@NotNull Consultation consultation, @NotNull CarePlan plan) {
        return CarePlanSuggestions.forFlags(consultation.getFlags(), plan);
    }

    /** A plan step for a standard intervention the library offers, with its defaults. */
    public PlannedIntervention planned(@NotNull StandardInterventionType standard) {
        return interventions.offered().stream().filter(found -> found.standard().filter(standard::equals).isPresent())
                .findFirst().map(PlannedIntervention::of)
                .orElseThrow(() -> new ClinicalRuleException("careplan.message.error.interventionRetired",
                        standard + " is retired from the library"));
    }

    /**
     * Records the plan of a draft consultation, as it stood on the form loaded at {@code versionOnForm}.
     *
     * @throws ClinicalRuleException   when the plan is incomplete or the consultation is not a draft
     * @throws ConcurrentEditException when someone saved the consultation since the form was loaded
     */
    public Consultation save(@NotNull UUID uuid, long versionOnForm, @NotNull @Valid CarePlan plan) {
        return record(uuid, versionOnForm, null, plan);
    }

    /**
     * Corrects the plan of a signed consultation, by any consultant, with a reason; the consultation becomes
     * amended and its history keeps the plan as it was.
     */
    public Consultation amend(@NotNull UUID uuid, long versionOnForm, String reason, @NotNull @Valid CarePlan plan) {
        return record(uuid, versionOnForm, Objects.requireNonNullElse(reason, ""), plan);
    }

    private Consultation record(UUID uuid, long versionOnForm, String amendmentReason, CarePlan plan) {
        Consultation consultation = consultations.findByUuid(uuid)
                .orElseThrow(() -> new RecordNotFoundException("Consultation", uuid));
        consultation.checkVersion(versionOnForm);
        consultations.claim(consultation);
        StaffUser consultant = staff.findEnabledConsultant(actor.username())
                .orElseThrow(() -> new ClinicalRuleException("consultation.message.error.notAConsultant",
                        actor.username() + " has no enabled consultant account"));
        if (amendmentReason != null) {
            consultation.amend(consultant, clock.instant(), amendmentReason);
        }
        consultation.recordCarePlan(consultant, plan);
        consultations.flush(consultation);
        audit.recordForMother(amendmentReason == null ? AuditActionType.UPDATE : AuditActionType.AMEND, AuditRecordType.CONSULTATION,
                consultation.getUuid(), consultation.getMother().getUuid(), "care plan, mother " + consultation.getMother().getUuid());
        return consultations.withCharting(consultation);
    }
}
