package org.lactationclinic.domain.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.pumping.VolumeBandType;

/**
 * The rows the report queries return: counts already aggregated by the database. Plain values, so the pages, the
 * exports and the tests read them alike.
 */
public final class ReportResults {

    private ReportResults() {}

    /**
     * Consultations in one week or month, by one consultant, of one type. A consultation is a <b>new</b> mother's when
     * it is her first non-voided consultation ever (at this clinic, by anyone); every other one is a <b>returning</b>
     * mother's.
     */
    public record ActivityRow(
            LocalDate periodStart,
            long consultantId,
            String consultant,
            ConsultationType type,
            long consultations,
            long newMothers) {

        public long returningMothers() {
            return consultations - newMothers;
        }
    }

    /**
     * One consultant's share of the visits the activity report counts (clinical-reference.md, section 6: visits per
     * consultant): her consultations of every type and week, out of all the report's consultations.
     */
    public record ConsultantShare(long consultantId, String consultant, Share visits) {

        /** Each consultant's share of the rows' consultations, most visits first (then by name). */
        public static List<ConsultantShare> of(List<ActivityRow> rows) {
            long all = rows.stream().mapToLong(ActivityRow::consultations).sum();
            Map<Long, long[]> visits = new LinkedHashMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            for (ActivityRow row : rows) {
                visits.computeIfAbsent(row.consultantId(), id -> new long[1])[0] += row.consultations();
                names.putIfAbsent(row.consultantId(), row.consultant());
            }
            return visits.entrySet().stream()
                    .map(entry -> new ConsultantShare(
                            entry.getKey(), names.get(entry.getKey()), new Share(entry.getValue()[0], all)))
                    .sorted(Comparator.comparingLong(
                                    (ConsultantShare share) -> share.visits().count())
                            .reversed()
                            .thenComparing(ConsultantShare::consultant))
                    .toList();
        }
    }

    /**
     * How often something was recorded: a supply-concern category, a flag, a referral destination.
     *
     * @param key the category, the flag's bundle key, or the destination
     * @param detail the referral urgency, or empty
     * @param count how many times it was recorded
     * @param referrals for flags, how many of them called for a referral; else 0
     * @param mothers how many different mothers it concerned
     */
    public record CountRow(String key, String detail, long count, long referrals, long mothers) {}

    /** The feeding status of the infants due one check; unknown = due, but no status recorded in the window. */
    public record FeedingStatusAtCheck(OutcomeCheckType check, long exclusive, long partial, long none, long unknown) {

        /** Every infant due the check: the denominator, unknown included. */
        public long due() {
            return exclusive + partial + none + unknown;
        }

        public Share share(FeedingStatusType status) {
            return new Share(
                    switch (status) {
                        case EXCLUSIVE -> exclusive;
                        case PARTIAL -> partial;
                        case NONE -> none;
                    },
                    due());
        }

        public Share unknownShare() {
            return new Share(unknown, due());
        }

        /** England-style prevalence: (totally + partially breastfed) / all infants due the check. */
        public Share anyBreastMilk() {
            return new Share(exclusive + partial, due());
        }
    }

    /** {@link BirthWeightRecovery}: infants followed up, and how many of them were back by day 14. */
    public record BirthWeightRecoveryResult(long followedUp, long backByDay14) {

        public Share share() {
            return new Share(backByDay14, followedUp);
        }
    }

    /** Mothers whose first and latest 24 hours of pumping in the period fell in these bands. */
    public record BandChangeRow(VolumeBandType first, VolumeBandType latest, long mothers) {}

    /**
     * EPDS screening over the consultations of the period.
     *
     * @param consultations every non-voided consultation
     * @param screened consultations with all ten EPDS items answered
     * @param atOrAboveCutOff screened consultations whose total is at or above the clinic's referral cut-off
     * @param cutOff that cut-off (a clinic setting, default 13, Cox 1987)
     * @param itemTenAlerts consultations where item 10 scored above 0 (whatever the total)
     * @param itemTenAcknowledged of those, how many had the alert acknowledged by the consultant
     */
    public record WellbeingResult(
            long consultations,
            long screened,
            long atOrAboveCutOff,
            int cutOff,
            long itemTenAlerts,
            long itemTenAcknowledged) {

        public Share screeningRate() {
            return new Share(screened, consultations);
        }

        public Share atOrAboveCutOffShare() {
            return new Share(atOrAboveCutOff, screened);
        }

        public Share acknowledgedShare() {
            return new Share(itemTenAcknowledged, itemTenAlerts);
        }
    }
}
