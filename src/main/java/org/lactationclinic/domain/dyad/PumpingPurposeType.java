package org.lactationclinic.domain.dyad;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Why the mother pumps, as the consultant records it; it decides whether the frequency rule of clinical-reference.md,
 * section 3 applies. The label is the bundle key {@code PumpingPurposeType.VALUE}. It is the mother's (stored on her
 * row), so it lives with her in the dyad package: the pumping rules read it, and the mother does not depend on the
 * pumping log (no dyad-pumping package cycle).
 */
public enum PumpingPurposeType implements Labelled {
    /** Bringing in a supply in the first days and weeks, e.g. for an infant who cannot feed at the breast yet. */
    ESTABLISH_SUPPLY,
    /** Raising a supply that is low. */
    BUILD_SUPPLY,
    /** Keeping an established supply, e.g. an exclusively pumping mother or one back at work. */
    MAINTAIN,
    /** Now and then, e.g. a bottle for an evening out. */
    OCCASIONAL;

    /**
     * Whether the mother should pump 8-10 times in 24 hours, so that fewer sessions are flagged
     * ({@link org.lactationclinic.domain.pumping.PumpingFlagType#FEW_PUMPING_SESSIONS}): only while establishing or
     * building supply. Source: {@value org.lactationclinic.domain.pumping.PumpingThresholds#FREQUENCY_SOURCE}.
     */
    public boolean needsFrequentPumping() {
        return this == ESTABLISH_SUPPLY || this == BUILD_SUPPLY;
    }
}
