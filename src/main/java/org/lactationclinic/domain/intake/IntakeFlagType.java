package org.lactationclinic.domain.intake;

import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * An intake or output finding the consultant should act on, raised by {@link MilkTransfer} and {@link DailyOutput}.
 * Each flag carries the source of its rule, shown next to it so the consultant can judge it (clinical-reference.md,
 * sections 2 and 4); source citations are bibliographic and stay untranslated. The label comes from the bundle key
 * {@code IntakeFlagType.VALUE}; a page passes the infant's day of life as {@code {0}}, which a label may show and the
 * others ignore.
 *
 * <p>Flags are independent: an infant on day 5 with 4 wet diapers and 2 stools raises {@link #FEW_WET_DIAPERS},
 * {@link #FEW_STOOLS} and {@link #OUTPUT_RED_FLAG}, because each is a true statement with its own source.
 */
public enum IntakeFlagType implements ClinicalFlagType {

    /** Test-weighed transfer below the expected per-feed volume for the age in hours (first 96 hours only). */
    LOW_TRANSFER("ABM protocol #3 (2017); test weighing: Haase 2009", false),
    /** Fewer than 8 feeds in the last 24 hours (expected 8-12). */
    FEW_FEEDS("common guidance", false),
    /** Fewer wet diapers than the day of life on days 1-5, fewer than 6 from day 6. */
    FEW_WET_DIAPERS("common guidance", false),
    /** Fewer than 3 stools in the last 24 hours after day 4. */
    FEW_STOOLS("common guidance", false),
    /** Fewer than 6 wet diapers and fewer than 3 stools in 24 hours by day 5: an infant red flag, refer. */
    OUTPUT_RED_FLAG("clinical-reference.md section 4: common guidance", true);

    private final String source;
    private final boolean referral;

    IntakeFlagType(String source, boolean referral) {
        this.source = source;
        this.referral = referral;
    }

    /** The citation of the rule, for display next to the flag. */
    @Override
    public String getSource() {
        return source;
    }

    /** True for the output red flag of clinical-reference.md, section 4, which needs a referral. */
    @Override
    public boolean isReferral() {
        return referral;
    }
}
