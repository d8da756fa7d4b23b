package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * Something recorded at a consultation that another thing recorded at the same consultation says is untrue. Shown as a
 * flag while she charts, so she can resolve it at once, and a reason to refuse signing ({@code Consultation.sign}):
 * clinical-reference.md, section 6 wants it resolved, "not a value to store silently". The label is the bundle entry
 * {@code RecordContradictionType.VALUE}.
 */
public enum RecordContradictionType implements ClinicalFlagType {
    /**
     * "Exclusive" feeding with formula among the last 24 hours' supplements ({@link FeedingStatusType#contradicts}).
     */
    EXCLUSIVE_WITH_FORMULA("clinical-reference.md section 6: exclusive breastfeeding (WHO/ABM), only breast milk");

    private final String source;

    RecordContradictionType(String source) {
        this.source = source;
    }

    @Override
    public String getSource() {
        return source;
    }

    /** Not a referral: the consultant resolves it herself, before signing. */
    @Override
    public boolean isReferral() {
        return false;
    }
}
