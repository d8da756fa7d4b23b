package org.lactationclinic.web.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lactationclinic.domain.assessment.HatlffResult;
import org.lactationclinic.domain.assessment.ScoredAnswer;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.InfantAge;
import org.lactationclinic.domain.intake.ExpectedFeedVolume;
import org.lactationclinic.domain.weight.WeightTrajectory;
import org.lactationclinic.web.BundleMessages;

/**
 * Each baby's section of the consultation page (WEB-INF/includes/infant-findings.xhtml and includes/infant, which take
 * it as their {@code bean}): the rows she adds and removes (feeds, test weighings, supplements) and the values computed
 * from what she types (age, weight trajectory, expected volume, HATLFF). Part of {@link ConsultationEditBacking}, split
 * off by section (issue 12); the rules are in the domain classes named.
 */
public class InfantSections implements Serializable {

    private final ConsultationEditBacking page;
    // today's weight on each infant's trajectory, computed once per change, not once per field that shows it
    private transient Map<InfantFindings, Optional<WeightTrajectory.Point>> weightPoints;

    InfantSections(ConsultationEditBacking page) {
        this.page = page;
    }

    /** The form changed: computed values are computed again. */
    void clear() {
        weightPoints = null;
    }

    /** Any change on a baby's fields: the flags and the computed values are redrawn from the form. */
    public void recompute() {
        page.recompute();
    }

    public LocalDateTime getNow() {
        return page.getNow();
    }

    /** How many flags the form raises about this infant, for its section's one-line summary. */
    public long infantFlagCount(InfantFindings chart) {
        return page.getFlagPanel().infantCount(chart);
    }

    /**
     * Today's weight on the infant's trajectory (WeightTrajectory): % change, gain since the lowest, projected regain.
     */
    public WeightTrajectory.Point weightPoint(InfantFindings chart) {
        if (weightPoints == null) {
            weightPoints = new IdentityHashMap<>();
        }
        return weightPoints
                .computeIfAbsent(chart, form -> page.context().weightPoint(form))
                .orElse(null);
    }

    public InfantAge ageOf(InfantFindings chart) {
        LocalDateTime at = page.getStartedAt() == null ? page.getConsultation().getStartedAt() : page.getStartedAt();
        return at.isBefore(chart.getInfant().getBirthDateTime())
                ? null
                : chart.getInfant().ageAt(at);
    }

    /** The definition a LATCH or other answer shows for this infant's age (LATCH swallowing differs before 24 h). */
    public String answerLabel(ScoredAnswer answer, InfantFindings chart) {
        InfantAge age = ageOf(chart);
        return answer.score() + " · " + BundleMessages.text(answer.definitionKey(age == null ? 0 : age.hours()));
    }

    /** The ABM #3 expected volume per feed for the infant's age in hours, or null after 96 hours. */
    public ExpectedFeedVolume expectedVolume(InfantFindings chart) {
        InfantAge age = ageOf(chart);
        return age == null
                ? null
                : ExpectedFeedVolume.forAgeInHours(age.hours()).orElse(null);
    }

    public HatlffResult hatlffResult(InfantFindings chart) {
        return chart.getOral()
                .hatlff()
                .map(hatlff -> hatlff.interpret(page.context().thresholds().assessment()))
                .orElse(null);
    }

    /** A HATLFF item's scores, as the Integers its fields hold (an EL literal would be a Long and never match). */
    public List<Integer> getHatlffScores() {
        return List.of(0, 1, 2);
    }

    /** A feed on the other breast than the last one, in the same position. */
    public void addFeed(InfantFindings chart) {
        BreastSideType side = chart.getFeeds().isEmpty()
                ? BreastSideType.LEFT
                : chart.getFeeds().getLast().getSide() == BreastSideType.LEFT
                        ? BreastSideType.RIGHT
                        : BreastSideType.LEFT;
        FeedPositionType position = chart.getFeeds().isEmpty()
                ? FeedPositionType.CRADLE
                : chart.getFeeds().getLast().getPosition();
        chart.getFeeds().add(new FeedObservation(side, position));
        recompute();
    }

    public void removeFeed(InfantFindings chart, FeedObservation feed) {
        chart.getFeeds().remove(feed);
        recompute();
    }

    public void addTestWeighing(InfantFindings chart) {
        if (!chart.getTestWeighings().isEmpty()
                && chart.getTestWeighings().getLast().getPostFeedGrams() == null) {
            return; // the last weighing is not finished: a double-click, or one to finish first
        }
        BreastSideType side = chart.getTestWeighings().isEmpty() ? BreastSideType.LEFT : BreastSideType.RIGHT;
        // the next weighing starts where the last one ended: the post-feed weight is the next pre-feed weight
        Integer pre = chart.getTestWeighings().isEmpty()
                ? chart.getWeightGrams()
                : chart.getTestWeighings().getLast().getPostFeedGrams();
        chart.getTestWeighings().add(new TestWeighing(side, pre, null));
        recompute();
    }

    public void removeTestWeighing(InfantFindings chart, TestWeighing weighing) {
        chart.getTestWeighings().remove(weighing);
        recompute();
    }

    public void addSupplement(InfantFindings chart) {
        chart.getSupplements().add(new SupplementGiven(SupplementType.EXPRESSED_BREAST_MILK, null, null));
        recompute();
    }

    public void removeSupplement(InfantFindings chart, SupplementGiven supplement) {
        chart.getSupplements().remove(supplement);
        recompute();
    }
}
