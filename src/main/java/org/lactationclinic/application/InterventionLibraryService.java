package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.InterventionCategoryType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.InterventionRepository;

/** An admin's management of the intervention library: adding the clinic's own, editing defaults, retiring. */
@Stateless
@RolesAllowed(RoleType.ADMIN_ROLE)
public class InterventionLibraryService {

    @Inject
    private InterventionRepository interventions;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every entry, retired ones too. */
    public List<Intervention> all() {
        return interventions.all();
    }

    /** Adds an intervention of the clinic's own, with the words the mother will read. */
    public Intervention add(
            @NotNull InterventionCategoryType category,
            String title,
            String instructions,
            Integer timesPerDay,
            Integer minutes) {
        Intervention intervention = Intervention.custom(category, title, instructions);
        intervention.changeDefaults(timesPerDay, minutes);
        interventions.add(intervention);
        interventions.flush(intervention);
        recordChange(AuditActionType.CREATE, intervention, "added");
        return intervention;
    }

    /**
     * Changes an entry's category, defaults and, for the clinic's own, its words. Words and category are part of every
     * plan that holds the entry, signed ones included, so they change only while no plan holds it; after that, add a
     * new entry and retire this one. Defaults only prefill new plans and always change.
     *
     * @throws ClinicalRuleException when the words or category of an entry some plan holds would change
     * @throws ConcurrentEditException when another admin saved it since the form was loaded
     */
    public Intervention change(
            @NotNull UUID uuid,
            long versionOnForm,
            @NotNull InterventionCategoryType category,
            String title,
            String instructions,
            Integer timesPerDay,
            Integer minutes) {
        Intervention intervention = get(uuid, versionOnForm);
        boolean wordsChange = category != intervention.getCategory()
                || (!intervention.isStandard()
                        && (!java.util.Objects.equals(strip(title), intervention.getTitle())
                                || !java.util.Objects.equals(strip(instructions), intervention.getInstructions())));
        if (wordsChange && interventions.isInAnyPlan(intervention)) {
            throw new ClinicalRuleException(
                    "careplan.message.error.wordsInUse",
                    "Intervention " + uuid + " is in care plans: its words and category stay as printed");
        }
        intervention.setCategory(category);
        if (!intervention.isStandard()) {
            intervention.rename(title, instructions);
        }
        intervention.changeDefaults(timesPerDay, minutes);
        interventions.flush(intervention);
        recordChange(AuditActionType.UPDATE, intervention, "changed");
        return intervention;
    }

    /**
     * Takes an entry off the list offered for new plans, with a reason; plans holding it keep it.
     *
     * @throws ClinicalRuleException when the reason is blank
     */
    public void retire(@NotNull UUID uuid, long versionOnForm, String reason) {
        Intervention intervention = get(uuid, versionOnForm);
        intervention.retire(actor.username(), clock.instant(), reason);
        interventions.flush(intervention);
        recordChange(AuditActionType.UPDATE, intervention, "retired");
    }

    /** Offers a retired entry again. */
    public void reinstate(@NotNull UUID uuid, long versionOnForm) {
        Intervention intervention = get(uuid, versionOnForm);
        intervention.reinstate();
        interventions.flush(intervention);
        recordChange(AuditActionType.UPDATE, intervention, "offered again");
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void recordChange(AuditActionType action, Intervention intervention, String what) {
        audit.record(action, AuditRecordType.INTERVENTION, intervention.getUuid(), what);
    }

    private Intervention get(UUID uuid, long versionOnForm) {
        Intervention intervention =
                interventions.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Intervention", uuid));
        intervention.checkVersion(versionOnForm);
        return intervention;
    }
}
