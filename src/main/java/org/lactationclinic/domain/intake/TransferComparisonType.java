package org.lactationclinic.domain.intake;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Where a measured milk transfer falls against the expected per-feed volume for the infant's age
 * ({@link ExpectedFeedVolume#compare(int)}). Both ends of the range are inside it. The bundle key is
 * {@code TransferComparisonType.VALUE}.
 */
public enum TransferComparisonType implements Labelled {
    /** Less than the smallest expected volume: {@link IntakeFlagType#LOW_TRANSFER}. */
    BELOW,
    /** From the smallest to the largest expected volume, both included. */
    WITHIN,
    /** More than the largest expected volume; not a flag, the consultant judges it (e.g. a scale error). */
    ABOVE;
}
