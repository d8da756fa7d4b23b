package org.lactationclinic.domain.consultation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.assessment.AssessmentFlag;
import org.lactationclinic.domain.assessment.HatlffAssessment;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.OralAssessment;
import org.lactationclinic.domain.charting.RecordContradictionType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.InfantAge;
import org.lactationclinic.domain.intake.IntakeFlagType;
import org.lactationclinic.domain.intake.MilkTransfer;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.weight.WeightTrajectory;

/**
 * Gathers every flag one infant's findings raise at a consultation, each from the rule class that owns it (weights:
 * {@link WeightTrajectory}; LATCH, BTAT, HATLFF: the assessment records; test weighing: {@link MilkTransfer}; output:
 * {@link org.lactationclinic.domain.intake.DailyOutput}), with the number the reason quotes and the source of the rule.
 * It decides nothing itself; it only labels and orders.
 *
 * <p>Incomplete input raises nothing: an instrument scores once every item is answered, a test weighing counts once
 * both weights are in, and a negative transfer is left to the save, which refuses it.
 */
public final class InfantFlags {

    private InfantFlags() {}

    /**
     * @param findings what the form holds for the infant now
     * @param earlierWeighings the infant's weights from other consultations, any order
     * @param at the consultation's time, for the infant's age (test weighing, output)
     */
    public static List<ConsultationFlag> of(
            InfantFindings findings,
            List<WeightTrajectory.Weighing> earlierWeighings,
            ClinicThresholds thresholds,
            LocalDateTime at) {
        Infant infant = findings.getInfant();
        UUID uuid = infant.getUuid();
        List<ConsultationFlag> flags = new ArrayList<>();
        if (!at.isBefore(infant.getBirthDateTime())) { // red flags first: they need a referral today
            for (InfantRedFlagType flag : findings.redFlags(at)) {
                flags.add(new ConsultationFlag(uuid, flag.bundleKey(), "", InfantRedFlagType.SOURCE, true));
            }
        }
        if (findings.isFeedingStatusContradicted()) { // before the rest: signing is refused until it is resolved
            flags.add(ConsultationFlag.of(uuid, RecordContradictionType.EXCLUSIVE_WITH_FORMULA, ""));
        }
        weightFlags(findings, earlierWeighings, thresholds).forEach(flags::add);
        for (FeedObservation feed : findings.getFeeds()) {
            feed.latch()
                    .flatMap(latch -> latch.flag(thresholds.assessment()))
                    .ifPresent(flag -> flags.add(assessment(uuid, flag, feed.getLatchTotal())));
        }
        OralAssessment oral = findings.getOral();
        oral.btat()
                .ifPresent(btat -> btat.flag(thresholds.assessment())
                        .ifPresent(flag -> flags.add(assessment(uuid, flag, btat.total()))));
        oral.hatlff()
                .ifPresent(hatlff -> hatlff.flag(thresholds.assessment())
                        .ifPresent(flag -> flags.add(new ConsultationFlag(
                                uuid,
                                flag.bundleKey(),
                                hatlff.appearanceTotal() + "/" + HatlffAssessment.MAX_APPEARANCE + ", "
                                        + hatlff.functionTotal() + "/" + HatlffAssessment.MAX_FUNCTION,
                                flag.source(),
                                flag.type().isReferral()))));
        if (!at.isBefore(infant.getBirthDateTime())) {
            InfantAge age = infant.ageAt(at);
            for (TestWeighing weighing : findings.getTestWeighings()) {
                if (weighing.isComplete() && !weighing.isNegative()) {
                    MilkTransfer.lowTransferFlag(weighing.getPreFeedGrams(), weighing.getPostFeedGrams(), age.hours())
                            .ifPresent(flag -> flags.add(intake(uuid, flag, weighing.getTransferMl() + "")));
                }
            }
            for (IntakeFlagType flag : findings.dailyOutput().flags(age.dayOfLife())) {
                flags.add(intake(uuid, flag, String.valueOf(age.dayOfLife())));
            }
        }
        return flags;
    }

    private static List<ConsultationFlag> weightFlags(
            InfantFindings findings, List<WeightTrajectory.Weighing> earlierWeighings, ClinicThresholds thresholds) {
        if (!isPlottable(findings)) {
            return List.of();
        }
        Infant infant = findings.getInfant();
        WeightTrajectory.Point point = pointOf(findings, earlierWeighings, thresholds);
        List<ConsultationFlag> flags = new ArrayList<>();
        for (WeightFlagType flag : point.strongestFlags()) {
            flags.add(new ConsultationFlag(
                    infant.getUuid(),
                    flag.bundleKey(),
                    point.quotedNumber(flag),
                    thresholds.sourceOf(flag),
                    flag.isReferral()));
        }
        return flags;
    }

    static boolean isPlottable(InfantFindings findings) {
        return findings.isWeighed()
                && !findings.getWeighedAt().isBefore(findings.getInfant().getBirthDateTime());
    }

    /** Today's weight as a point of the infant's trajectory, the earlier weighings before it. */
    static WeightTrajectory.Point pointOf(
            InfantFindings findings, List<WeightTrajectory.Weighing> earlierWeighings, ClinicThresholds thresholds) {
        Infant infant = findings.getInfant();
        WeightTrajectory.Weighing today =
                new WeightTrajectory.Weighing(findings.getWeighedAt(), findings.getWeightGrams());
        List<WeightTrajectory.Weighing> all = new ArrayList<>(earlierWeighings);
        all.add(today);
        return WeightTrajectory.of(infant.getBirthWeightGrams(), infant.getBirthDateTime(), all, thresholds.weight())
                .points()
                .stream()
                .filter(point -> point.weighing() == today)
                .findFirst()
                .orElseThrow();
    }

    private static ConsultationFlag assessment(UUID infant, AssessmentFlag flag, int total) {
        return new ConsultationFlag(
                infant,
                flag.bundleKey(),
                String.valueOf(total),
                flag.source(),
                flag.type().isReferral());
    }

    private static ConsultationFlag intake(UUID infant, IntakeFlagType flag, String detail) {
        return ConsultationFlag.of(infant, flag, detail);
    }
}
