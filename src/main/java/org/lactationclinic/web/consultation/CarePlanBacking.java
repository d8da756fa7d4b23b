package org.lactationclinic.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.CarePlanService;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.PrintedWords;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.CarePlanSuggestions;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralUrgencyType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * consultation/care-plan.xhtml: the plan agreed with the mother at the end of the consultation. The flags saved with
 * the consultation suggest interventions and referrals, each added with one click; the consultant decides. Saved like
 * the rest of the consultation: while it is a draft, or afterwards as an amendment with a reason. From here she prints
 * the take-home plan and the letter to the baby's doctor.
 */
@Named
@ViewScoped
public class CarePlanBacking extends ViewScopedPage {

    @Inject
    private transient ConsultationService consultations;

    @Inject
    private transient CarePlanService carePlans;

    @Inject
    private transient AuditTrail audit;

    private UUID consultationUuid;
    private Consultation consultation;
    private long versionOnForm;

    @Valid
    private CarePlan plan;

    private List<Intervention> offered;
    private String interventionToAdd;
    private boolean conflict;
    private boolean amending;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String amendReason;
    /** Opened from the consultation's sign prompt (view parameter {@code sign}). */
    private boolean signing;

    public void load() {
        if (consultation != null) {
            return; // postback: keep the form
        }
        Consultation loaded = UserErrors.loadOrNotFound(() -> consultations.get(consultationUuid));
        if (loaded != null) {
            show(loaded);
            audit.recordForMother(
                    AuditActionType.VIEW,
                    AuditRecordType.CONSULTATION,
                    consultationUuid,
                    loaded.getMother().getUuid(),
                    "care plan, mother " + loaded.getMother().getUuid());
        }
    }

    private void show(Consultation loaded) {
        consultation = loaded;
        versionOnForm = loaded.getVersion();
        plan = loaded.carePlan();
        offered = carePlans.offered();
        conflict = false;
        amending = false;
        amendReason = null;
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return consultation != null && offered != null; // show() sets them first and last
    }

    public void save() {
        UserErrors.Outcome outcome = UserErrors.attempt(() -> show(
                amending
                        ? consultations.amendCarePlan(consultationUuid, versionOnForm, amendReason, plan)
                        : consultations.saveCarePlan(consultationUuid, versionOnForm, plan)));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (outcome.isDone()) {
            Messages.addGlobalInfo("care_plan.message.info.saved");
        }
    }

    /**
     * Saves the plan and signs the consultation with it (issue 12: the sign prompt's "Write the care plan" leads here,
     * and the plan is signed without an amendment). Back to the consultation, signed; on a refusal she stays on the
     * plan with what she wrote.
     */
    public String saveAndSign() {
        UserErrors.Outcome outcome = UserErrors.attempt(
                () -> show(consultations.saveCarePlanAndSign(consultationUuid, versionOnForm, plan)));
        conflict = outcome == UserErrors.Outcome.CONFLICT;
        if (!outcome.isDone()) {
            return null;
        }
        Messages.addFlashGlobalInfo("consultation_edit.message.info.signed");
        return "/consultation/edit?faces-redirect=true&consultation=" + consultationUuid;
    }

    /** She came from the sign prompt: the plan's Save and sign is the button to press. */
    public boolean isSigning() {
        return signing;
    }

    public void setSigning(boolean signing) {
        this.signing = signing;
    }

    public void reload() {
        show(consultations.get(consultationUuid));
    }

    public void startAmendment() {
        amending = true;
    }

    /** Adds what a flag suggests: a step with its defaults, or a referral with its urgency. */
    public void accept(CarePlanSuggestions.Suggestion suggestion) {
        if (suggestion.isReferral()) {
            // a referral already agreed to the same place is made more urgent, not doubled
            plan.getReferrals().stream()
                    .filter(referral -> referral.getDestination() == suggestion.destination())
                    .findFirst()
                    .ifPresentOrElse(
                            referral -> referral.setUrgency(suggestion.urgency()),
                            () -> plan.getReferrals()
                                    .add(new Referral(suggestion.destination(), suggestion.urgency(), null)));
        } else {
            UserErrors.attempt(() -> plan.getInterventions().add(carePlans.planned(suggestion.intervention())));
        }
    }

    public void addIntervention() {
        if (interventionToAdd == null || interventionToAdd.isBlank()) {
            return;
        }
        UUID chosen = UUID.fromString(interventionToAdd);
        // a double-click sends the same choice twice; the plan holds each intervention once (CarePlan.requireComplete)
        boolean planned = plan.getInterventions().stream()
                .anyMatch(step -> step.getIntervention() != null
                        && step.getIntervention().getUuid().equals(chosen));
        if (!planned) {
            offered.stream()
                    .filter(intervention -> intervention.getUuid().equals(chosen))
                    .findFirst()
                    .ifPresent(intervention -> plan.getInterventions().add(PlannedIntervention.of(intervention)));
        }
        interventionToAdd = null;
    }

    public void removeIntervention(PlannedIntervention step) {
        plan.getInterventions().remove(step);
    }

    public void addGoal() {
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, null, null));
    }

    public void removeGoal(CarePlanGoal goal) {
        plan.getGoals().remove(goal);
    }

    public void addReferral() {
        plan.getReferrals().add(new Referral(ReferralDestinationType.PAEDIATRICIAN, ReferralUrgencyType.ROUTINE, null));
    }

    public void removeReferral(Referral referral) {
        plan.getReferrals().remove(referral);
    }

    /** What the saved flags suggest that the plan does not hold yet. */
    public List<CarePlanSuggestions.Suggestion> getSuggestions() {
        return consultation == null ? List.of() : CarePlanSuggestions.forFlags(consultation.getFlags(), plan);
    }

    /** The flag behind a suggestion, in plain words with its number. */
    public String reasonOf(CarePlanSuggestions.Suggestion suggestion) {
        return BundleMessages.text(suggestion.flagKey(), suggestion.flag().detail());
    }

    /** The intervention's title in the consultant's language: the printed plan's words, or the admin's. */
    public String titleOf(Intervention intervention) {
        return PrintedWords.titleOf(intervention, Faces.getLocale().getLanguage());
    }

    public String titleOfStandard(CarePlanSuggestions.Suggestion suggestion) {
        return PrintedWords.titleOf(suggestion.intervention(), Faces.getLocale().getLanguage());
    }

    public boolean isFormEnabled() {
        return consultation.isEditable() || amending;
    }

    public boolean isAmendable() {
        return !consultation.isEditable() && !consultation.isVoided() && !amending;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public CarePlan getPlan() {
        return plan;
    }

    public List<Intervention> getOffered() {
        return offered;
    }

    public GoalType[] getGoalTypes() {
        return GoalType.values();
    }

    public ReferralDestinationType[] getDestinations() {
        return ReferralDestinationType.values();
    }

    public ReferralUrgencyType[] getUrgencies() {
        return ReferralUrgencyType.values();
    }

    public SupplementType[] getSupplementTypes() {
        return SupplementType.values();
    }

    public SupplementMethodType[] getMethods() {
        return SupplementMethodType.values();
    }

    public BreastSideType[] getSides() {
        return BreastSideType.values();
    }

    public String getInterventionToAdd() {
        return interventionToAdd;
    }

    public void setInterventionToAdd(String interventionToAdd) {
        this.interventionToAdd = interventionToAdd;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isAmending() {
        return amending;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public UUID getConsultationUuid() {
        return consultationUuid;
    }

    public void setConsultationUuid(UUID consultationUuid) {
        this.consultationUuid = consultationUuid;
    }
}
