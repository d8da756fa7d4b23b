package org.lactationclinic.domain.consultation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.weight.WeightTrajectory;

/**
 * What the flags of a consultation depend on besides the form: the clinic's thresholds, each infant's weights from
 * other consultations and the mother's pumping log. It gathers the mother's, her pumping log's and the infants' flags
 * in one list. Read once when the page opens, so that recomputing the flags as the consultant types touches no
 * database; the save recomputes them from a fresh read.
 *
 * @param earlierWeighings by infant uuid; an infant never weighed before may be missing
 * @param pumping the mother's pumping log; {@link PumpingContext#NONE} when it is not read
 */
public record ChartingContext(
        ClinicThresholds thresholds,
        Map<UUID, List<WeightTrajectory.Weighing>> earlierWeighings,
        PumpingContext pumping) {

    public ChartingContext {
        earlierWeighings = Map.copyOf(earlierWeighings);
        Objects.requireNonNull(pumping, "pumping");
    }

    /** A context without the pumping log (the generated clinic and tests of the other rules). */
    public ChartingContext(ClinicThresholds thresholds, Map<UUID, List<WeightTrajectory.Weighing>> earlierWeighings) {
        this(thresholds, earlierWeighings, PumpingContext.NONE);
    }

    /**
     * The mother's flags (urgent first), her pumping log's flags for the 24 hours before {@code at} (the visit's start:
     * what she had logged when she came; clinical-reference.md, section 3), then the flags of all the findings, infant
     * by infant in the order given.
     */
    public List<ConsultationFlag> flags(Collection<InfantFindings> findings, MotherFindings mother, LocalDateTime at) {
        // the pain rule reads the highest pain anywhere in the consultation, the observed feeds included
        List<Integer> feedPains = findings.stream()
                .flatMap(infant -> infant.getFeeds().stream())
                .map(FeedObservation::getNipplePain)
                .toList();
        List<ConsultationFlag> flags = new ArrayList<>(
                mother == null
                        ? List.of()
                        : mother.flags(thresholds.epds(), thresholds.nipplePainCauseAtOrAbove(), feedPains));
        PumpingLog.RollingTotal rolling = pumping.log().rollingTotal(at);
        for (PumpingFlagType flag : pumping.flagsAt(at, thresholds.pumping())) {
            flags.add(ConsultationFlag.of(
                    null, flag, String.valueOf(flag.figure(rolling.totalMl(), rolling.sessions()))));
        }
        for (InfantFindings infantFindings : findings) {
            flags.addAll(InfantFlags.of(infantFindings, earlierOf(infantFindings), thresholds, at));
        }
        return flags;
    }

    /** Where today's weight stands on the infant's trajectory (% change, gain, projection), once it is entered. */
    public Optional<WeightTrajectory.Point> weightPoint(InfantFindings findings) {
        return InfantFlags.isPlottable(findings)
                ? Optional.of(InfantFlags.pointOf(findings, earlierOf(findings), thresholds))
                : Optional.empty();
    }

    private List<WeightTrajectory.Weighing> earlierOf(InfantFindings findings) {
        return earlierWeighings.getOrDefault(findings.getInfant().getUuid(), List.of());
    }
}
