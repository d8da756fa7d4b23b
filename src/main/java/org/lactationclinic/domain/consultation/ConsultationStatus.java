package org.lactationclinic.domain.consultation;

/** Where a consultation stands as a record. */
public enum ConsultationStatus {
    /** Being recorded; the consultant can still change everything. */
    DRAFT,
    /** Signed by the consultant: immutable. */
    SIGNED,
    /** Signed, then corrected by an amendment with a reason (history keeps every version). */
    AMENDED;

    public boolean isEditable() {
        return this == DRAFT;
    }
}
