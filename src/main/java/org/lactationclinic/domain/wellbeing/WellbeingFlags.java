package org.lactationclinic.domain.wellbeing;

import java.util.List;
import org.lactationclinic.domain.shared.ConsultationFlag;

/**
 * The mother's flags for the consultation's flags panel, from her EPDS (clinical-reference.md, sections 1 and 4: EPDS
 * >= 13, any item 10 above 0). The urgent item-10 flag comes first; the referral and advisory flags quote the total and
 * cite the clinic's cut-off source.
 */
public final class WellbeingFlags {

    private WellbeingFlags() {}

    public static List<ConsultationFlag> of(MaternalWellbeing wellbeing, EpdsThresholds thresholds) {
        if (wellbeing == null) {
            return List.of();
        }
        EpdsScreening screening = wellbeing.screening();
        // the total, or while items are unanswered the least it can be (the flags are decided on it too)
        String total = String.valueOf(screening.answeredSum());
        return screening.flags(thresholds).stream()
                .map(flag -> new ConsultationFlag(
                        null,
                        flag.bundleKey(),
                        total,
                        flag == EpdsFlagType.SELF_HARM_URGENT ? flag.getSource() : thresholds.source(),
                        flag.isReferral()))
                .toList();
    }
}
