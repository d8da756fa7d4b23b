package org.lactationclinic.domain.careplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * The plan agreed with the mother, as a form edits it and as {@code Consultation} hands it out: goals, steps
 * (interventions with their quantities), a supplementation plan, referrals, the follow-up date and a note in the
 * consultant's words. Detached: changing it changes nothing stored until the consultation records it.
 */
public class CarePlan implements Serializable {

    @Valid
    private final List<CarePlanGoal> goals = new ArrayList<>();

    @Valid
    private final List<PlannedIntervention> interventions = new ArrayList<>();

    @Valid
    private SupplementationPlan supplementation = new SupplementationPlan();

    @Valid
    private final List<Referral> referrals = new ArrayList<>();

    private LocalDate followUpOn;

    @Size(max = ClinicalLimits.REASON_MAX * 2)
    private String noteToMother;

    public CarePlan() {
        // an empty plan
    }

    public CarePlan(
            List<CarePlanGoal> goals,
            List<PlannedIntervention> interventions,
            SupplementationPlan supplementation,
            List<Referral> referrals,
            LocalDate followUpOn,
            String noteToMother) {
        goals.forEach(goal -> this.goals.add(goal.copy()));
        interventions.forEach(step -> this.interventions.add(step.copy()));
        this.supplementation = supplementation == null ? new SupplementationPlan() : supplementation.copy();
        referrals.forEach(referral -> this.referrals.add(referral.copy()));
        this.followUpOn = followUpOn;
        this.noteToMother = noteToMother;
    }

    /** A copy to keep, with blank texts trimmed to null. */
    public CarePlan copy() {
        return new CarePlan(
                goals,
                interventions,
                supplementation,
                referrals,
                followUpOn,
                noteToMother == null || noteToMother.isBlank() ? null : noteToMother.strip());
    }

    /**
     * Refuses a plan the mother could not follow: a goal without its number (or, for "other", its words), the same
     * intervention twice, a supplementation plan that does not say what and how much, a follow-up or review before the
     * visit.
     *
     * @param visitDate the day of the consultation
     * @throws ClinicalRuleException naming the first problem
     */
    public void requireComplete(LocalDate visitDate) {
        for (CarePlanGoal goal : goals) {
            if (!goal.isComplete()) {
                throw new ClinicalRuleException(
                        "careplan.message.error.goalIncomplete", "Goal " + goal.getType() + " is incomplete");
            }
        }
        for (PlannedIntervention step : interventions) {
            if (step.getIntervention() == null) {
                throw new ClinicalRuleException(
                        "careplan.message.error.interventionMissing", "A step has no intervention");
            }
            // twins: the same step once for each baby is two steps; for one baby and for both is the same step twice
            boolean twice = interventions.stream()
                    .filter(other -> other != step && step.getIntervention().equals(other.getIntervention()))
                    .anyMatch(other -> other.getInfantUuid() == null
                            || step.getInfantUuid() == null
                            || other.getInfantUuid().equals(step.getInfantUuid()));
            if (twice) {
                throw new ClinicalRuleException(
                        "careplan.message.error.interventionTwice",
                        "Intervention " + step.getIntervention().getUuid() + " is planned twice");
            }
        }
        if (!supplementation.isEmpty() && !supplementation.isComplete()) {
            throw new ClinicalRuleException(
                    "careplan.message.error.supplementationIncomplete",
                    "A supplementation plan needs what to give and how much per feed");
        }
        for (Referral referral : referrals) {
            if (referral.getDestination() == null) {
                throw new ClinicalRuleException(
                        "careplan.message.error.referralDestination", "A referral needs a destination");
            }
        }
        if (followUpOn != null && followUpOn.isBefore(visitDate)) {
            throw new ClinicalRuleException("careplan.message.error.followUpBeforeVisit", "Follow-up before the visit");
        }
        if (supplementation.getReviewOn() != null
                && supplementation.getReviewOn().isBefore(visitDate)) {
            throw new ClinicalRuleException("careplan.message.error.reviewBeforeVisit", "Review before the visit");
        }
    }

    /**
     * Refuses a step or a supplementation plan for a baby who is not seen at this consultation (issue 13, twins).
     *
     * @param seen the uuids of the infants seen
     */
    public void requireInfantsSeen(Collection<UUID> seen) {
        boolean stranger = interventions.stream()
                        .map(PlannedIntervention::getInfantUuid)
                        .anyMatch(uuid -> uuid != null && !seen.contains(uuid))
                || supplementation.getInfantUuid() != null && !seen.contains(supplementation.getInfantUuid());
        if (stranger) {
            throw new ClinicalRuleException(
                    "careplan.message.error.infantNotSeen", "A step is for a baby not seen at this visit");
        }
    }

    /** True when nothing is planned. */
    public boolean isEmpty() {
        return goals.isEmpty()
                && interventions.isEmpty()
                && supplementation.isEmpty()
                && referrals.isEmpty()
                && followUpOn == null
                && (noteToMother == null || noteToMother.isBlank());
    }

    /** Whether a standard intervention is already a step of the plan. */
    public boolean holds(StandardInterventionType standard) {
        return interventions.stream()
                .anyMatch(step -> step.getIntervention() != null
                        && step.getIntervention()
                                .standard()
                                .filter(standard::equals)
                                .isPresent());
    }

    /** Whether the plan already refers to the destination at least as urgently. */
    public boolean refersTo(ReferralDestinationType destination, ReferralUrgencyType urgency) {
        return referrals.stream()
                .anyMatch(referral -> referral.getDestination() == destination
                        && referral.getUrgency().compareTo(urgency) <= 0);
    }

    public List<CarePlanGoal> getGoals() {
        return goals;
    }

    public List<PlannedIntervention> getInterventions() {
        return interventions;
    }

    public SupplementationPlan getSupplementation() {
        return supplementation;
    }

    public List<Referral> getReferrals() {
        return referrals;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getNoteToMother() {
        return noteToMother;
    }

    public void setNoteToMother(String noteToMother) {
        this.noteToMother = noteToMother;
    }
}
