package org.lactationclinic.domain.intake;

import java.util.List;
import java.util.Optional;

/**
 * The volume a healthy term breastfed infant is expected to take per feed, by age in hours, from the table of ABM
 * clinical protocol #3 (2017), Supplementary feedings in the healthy term breastfed neonate (clinical-reference.md,
 * section 2):
 *
 * <table>
 *   <caption>Expected intake per feed</caption>
 *   <tr><th>Age (hours)</th><th>mL per feed</th></tr>
 *   <tr><td>0 to under 24</td><td>2-10</td></tr>
 *   <tr><td>24 to under 48</td><td>5-15</td></tr>
 *   <tr><td>48 to under 72</td><td>15-30</td></tr>
 *   <tr><td>72 to under 96</td><td>30-60</td></tr>
 * </table>
 *
 * Each band starts at its first hour and ends before the next band's first hour, so every completed hour of age has
 * exactly one band: 23 h is in the first, 24 h in the second. From 96 hours the table says nothing, and neither does
 * this class: there is no range to compare with, rather than an extrapolated one.
 *
 * @param fromHours first completed hour of age of the band, inclusive
 * @param toHours end of the band, exclusive
 * @param minMl smallest expected volume per feed, mL, inclusive
 * @param maxMl largest expected volume per feed, mL, inclusive
 */
public record ExpectedFeedVolume(long fromHours, long toHours, int minMl, int maxMl) {

    /** The ABM protocol #3 (2017) table, in age order. */
    private static final List<ExpectedFeedVolume> ABM_3_TABLE = List.of(
            new ExpectedFeedVolume(0, 24, 2, 10),
            new ExpectedFeedVolume(24, 48, 5, 15),
            new ExpectedFeedVolume(48, 72, 15, 30),
            new ExpectedFeedVolume(72, 96, 30, 60));

    /** The whole table, for display next to the rule. */
    public static List<ExpectedFeedVolume> table() {
        return ABM_3_TABLE;
    }

    public ExpectedFeedVolume {
        if (fromHours < 0 || toHours <= fromHours) {
            throw new IllegalArgumentException("Not an age band: [" + fromHours + ", " + toHours + ") h");
        }
        if (minMl < 0 || maxMl < minMl) {
            throw new IllegalArgumentException("Not a volume range: " + minMl + "-" + maxMl + " mL");
        }
    }

    /**
     * The expected volume per feed at the given completed hours of age ({@code InfantAge.hours()}), or empty from 96
     * hours on, where the table ends.
     *
     * @throws IllegalArgumentException when the age is negative
     */
    public static Optional<ExpectedFeedVolume> forAgeInHours(long hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("Age in hours must not be negative: " + hours);
        }
        return ABM_3_TABLE.stream()
                .filter(band -> hours >= band.fromHours && hours < band.toHours)
                .findFirst();
    }

    /**
     * Where a transfer falls against this range; the smallest and the largest volume are both within it.
     *
     * @throws IllegalArgumentException when the transfer is negative ({@link MilkTransfer} never gives one)
     */
    public TransferComparisonType compare(int transferMl) {
        if (transferMl < 0) {
            throw new IllegalArgumentException("A transfer must not be negative: " + transferMl + " mL");
        }
        if (transferMl < minMl) {
            return TransferComparisonType.BELOW;
        }
        return transferMl > maxMl ? TransferComparisonType.ABOVE : TransferComparisonType.WITHIN;
    }
}
