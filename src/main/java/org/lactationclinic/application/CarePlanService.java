package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.InterventionRepository;

/**
 * Agreeing the care plan at the end of a consultation: what the library offers and what the flags suggest. The plan is
 * recorded with the rest of the consultation ({@link ConsultationService#saveCarePlan}).
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class CarePlanService {

    @Inject
    private InterventionRepository interventions;

    /** The interventions offered for new plans, by category. */
    public List<Intervention> offered() {
        return interventions.offered();
    }

    /** The library entry, retired or not (a plan may still hold a retired one). */
    public Intervention intervention(@NotNull UUID uuid) {
        return interventions.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Intervention", uuid));
    }

    /** A plan step for a standard intervention the library offers, with its defaults. */
    public PlannedIntervention planned(@NotNull StandardInterventionType standard) {
        return interventions.offered().stream()
                .filter(found -> found.standard().filter(standard::equals).isPresent())
                .findFirst()
                .map(PlannedIntervention::of)
                .orElseThrow(() -> new ClinicalRuleException(
                        "careplan.message.error.interventionRetired", standard + " is retired from the library"));
    }
}
