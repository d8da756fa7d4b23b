package org.lactationclinic.web.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.lactationclinic.domain.shared.ConsultationFlag;

/**
 * The consultation page's flags summary (issue 12): the flags in the order she must read them (urgent, then referrals,
 * then advice), their counts, and for each flag the field that raised it, so that a link in the summary takes her
 * there. Presentation only: which flags are raised is decided by the domain.
 */
public final class FlagSummary {

    /** How pressing a flag is, as the summary groups and colours it. */
    public enum Severity {
        URGENT,
        REFERRAL,
        ADVISORY
    }

    private static final String URGENT_KEY = "EpdsFlagType.SELF_HARM_URGENT";

    private FlagSummary() {}

    public static Severity severity(ConsultationFlag flag) {
        if (URGENT_KEY.equals(flag.flagKey())) {
            return Severity.URGENT;
        }
        return flag.referral() ? Severity.REFERRAL : Severity.ADVISORY;
    }

    /** Urgent first, then referrals, then advice; within a group, the order the rules raised them. */
    public static List<ConsultationFlag> ordered(List<ConsultationFlag> flags) {
        return flags.stream()
                .sorted(Comparator.comparing(FlagSummary::severity))
                .toList();
    }

    public static long count(List<ConsultationFlag> flags, Severity severity) {
        return flags.stream().filter(flag -> severity(flag) == severity).count();
    }

    /**
     * The client id of the field that raised the flag on consultation/edit.xhtml, or of the section it belongs to when
     * no single field did.
     *
     * @param chartIndex the position of the flag's infant among the charts on the page (for infant flags)
     */
    public static String target(ConsultationFlag flag, ToIntFunction<UUID> chartIndex) {
        String key = flag.flagKey();
        String type = key.substring(0, Math.max(0, key.indexOf('.')));
        String value = key.substring(key.indexOf('.') + 1);
        if (flag.infantUuid() == null) {
            return switch (type) {
                case "EpdsFlagType" -> "visit:epds:" + ("SELF_HARM_URGENT".equals(value) ? 9 : 0) + ":answer";
                case "BreastFlagType" ->
                    switch (value) {
                        case "MASTITIS_WITH_FEVER" -> "visit:fever";
                        case "PAIN_WITH_LOW_MOOD" -> "visit:epds:0:answer";
                        case "NIPPLE_PAIN_EVALUATE_CAUSE" -> "visit:breasts:0:breastPain";
                        default -> "visit:breasts:0:breastState";
                    };
                default -> "visit:motherSection";
            };
        }
        int index = chartIndex.applyAsInt(flag.infantUuid());
        if (index < 0) {
            return "visit:infantFindings";
        }
        String chart = "visit:charts:" + index + ":";
        return chart
                + switch (type) {
                    case "WeightFlagType" -> "weight";
                    case "IntakeFlagType" ->
                        switch (value) {
                            case "LOW_TRANSFER" -> "weighings:0:postFeed";
                            case "FEW_STOOLS" -> "stools24h";
                            default -> "wet24h";
                        };
                    case "InfantRedFlagType" ->
                        switch (value) {
                            case "FEVER_UNDER_ONE_MONTH" -> "temperature";
                            case "LETHARGY" -> "lethargic";
                            case "DARK_URINE_AFTER_DAY_3" -> "darkUrine";
                            default -> "jaundice";
                        };
                    case "AssessmentFlagType" ->
                        value.startsWith("LATCH")
                                ? "feeds:0:latchGrasp"
                                : value.startsWith("BTAT") ? "btatTongueTip" : "hatlffUsed";
                    case "RecordContradictionType" -> "feedingStatus";
                    default -> "infant";
                };
    }
}
