package org.lactationclinic.infrastructure.repository.report;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.assessment.ScoredAnswer;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportIntervalType;
import org.lactationclinic.domain.wellbeing.EpdsItemType;

/**
 * SQL fragments the report queries share, generated from the domain's own scoring so that a score is defined once (the
 * enums), whatever computes it: the LATCH total from the stored answers, the EPDS item scores from the printed
 * positions, and the week or month a consultation falls in. Every fragment is built from enum constants and integers,
 * never from user input, and runs on H2 2.x and PostgreSQL alike.
 */
final class ReportSql {

    private ReportSql() {}

    /** The LATCH total (0-10) of a feed_observation row aliased {@code alias}; null when an item is missing. */
    static String latchTotal(String alias) {
        return "("
                + String.join(
                        " + ",
                        scoreCase(alias + ".latch_grasp", LatchGraspType.values()),
                        scoreCase(alias + ".latch_swallowing", LatchSwallowingType.values()),
                        scoreCase(alias + ".latch_nipple", LatchNippleType.values()),
                        scoreCase(alias + ".latch_comfort", LatchComfortType.values()),
                        scoreCase(alias + ".latch_hold", LatchHoldType.values()))
                + ")";
    }

    /**
     * The BTAT total (0-8) of an infant_findings row aliased {@code alias}; null unless all four items are answered.
     */
    static String btatTotal(String alias) {
        return "("
                + String.join(
                        " + ",
                        scoreCase(alias + ".btat_tongue_tip", BtatTongueTipType.values()),
                        scoreCase(alias + ".btat_frenulum_attachment", BtatFrenulumAttachmentType.values()),
                        scoreCase(alias + ".btat_tongue_lift", BtatTongueLiftType.values()),
                        scoreCase(alias + ".btat_tongue_protrusion", BtatTongueProtrusionType.values()))
                + ")";
    }

    /** True when all four BTAT items of the row are answered. */
    static String btatComplete(String alias) {
        return Arrays.stream(new String[] {
                    "btat_tongue_tip", "btat_frenulum_attachment", "btat_tongue_lift", "btat_tongue_protrusion"
                })
                .map(column -> alias + "." + column + " is not null")
                .collect(Collectors.joining(" and ", "(", ")"));
    }

    /** True when all five LATCH items of the row are answered. */
    static String latchComplete(String alias) {
        return Arrays.stream(
                        new String[] {"latch_grasp", "latch_swallowing", "latch_nipple", "latch_comfort", "latch_hold"})
                .map(column -> alias + "." + column + " is not null")
                .collect(Collectors.joining(" and ", "(", ")"));
    }

    private static String scoreCase(String column, ScoredAnswer[] answers) {
        return Arrays.stream(answers)
                .map(answer -> " when '" + answer.name() + "' then " + answer.score())
                .collect(Collectors.joining("", "case " + column, " end"));
    }

    /** The score (0-3) of one EPDS item of a consultation row aliased {@code alias}; null when unanswered. */
    static String epdsScore(String alias, EpdsItemType item) {
        String column = alias + ".epds_" + item.number();
        return item.isReverseScored() ? "(" + EpdsItemType.MAX_ITEM_SCORE + " - " + column + ")" : column;
    }

    /** The EPDS total of a consultation row; null unless all ten items are answered. */
    static String epdsTotal(String alias) {
        return Arrays.stream(EpdsItemType.values())
                .map(item -> epdsScore(alias, item))
                .collect(Collectors.joining(" + ", "(", ")"));
    }

    /** True when all ten EPDS items are answered. */
    static String epdsComplete(String alias) {
        return Arrays.stream(EpdsItemType.values())
                .map(item -> alias + ".epds_" + item.number() + " is not null")
                .collect(Collectors.joining(" and ", "(", ")"));
    }

    /**
     * The first day of the week (ISO: Monday, on both databases) or month of a timestamp column. H2's
     * {@code date_trunc('week')} starts on Sunday and PostgreSQL's on Monday, so the week is counted back from the ISO
     * day of the week instead.
     */
    static String periodStart(String column, ReportIntervalType interval) {
        return interval == ReportIntervalType.WEEK
                ? "cast(cast(" + column + " as date) - (extract(isodow from " + column
                        + ") - 1) * interval '1' day as date)"
                : "cast(date_trunc('month', " + column + ") as date)";
    }

    /**
     * A text that sorts consultations in time and carries a value: the start to the second, the consultation's id
     * (zero-padded, breaking a tie on the second) and the value. {@code max} of it over a group is the latest
     * consultation's value, {@code min} the first's, read back with {@link #valueOfVisitKey}: a grouped aggregate doing
     * what a {@code row_number()} window would, without the window's sort (and without the derived table of ranked rows
     * that H2 evaluates again for every row that joins it). Same text on H2 and PostgreSQL.
     */
    static String visitKey(String startedAt, String consultationId, String value) {
        return "to_char(%s, 'YYYYMMDDHH24MISS') || lpad(cast(%s as varchar(19)), 19, '0') || %s"
                .formatted(startedAt, consultationId, value);
    }

    /** The value a {@link #visitKey} carries (null when the key is null): the text after its 14 + 19 characters. */
    static String valueOfVisitKey(String key) {
        return "substring(" + key + ", 34)";
    }

    /** The consultant filter on a consultation aliased c: empty when no consultant is chosen. */
    static String consultantClause(ReportCriteria criteria) {
        return criteria.consultantId() == null ? "" : "and c.consultant_id = :consultant";
    }

    /** A whole number of days as an interval literal, for a constant of the domain. */
    static String days(int days) {
        return "interval '" + days + "' day";
    }
}
