package org.lactationclinic.domain.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.UUID;

/**
 * A flag raised at a consultation, stored with it when it is saved so that what the consultant was shown is
 * part of the record, even if a clinic later changes a threshold.
 *
 * @param infantUuid the infant the flag is about; null for a flag about the mother
 * @param flagKey    the bundle key of the flag's plain-words reason, e.g. {@code WeightFlagType.EXCESS_LOSS}
 * @param detail     the number the reason quotes ({@code {0}} in the bundle text), e.g. "10.4"; may be empty
 * @param source     the citation of the rule, as shown next to the flag
 * @param referral   true for the red flags of clinical-reference.md, section 4, which need a referral
 */
@Embeddable
public record ConsultationFlag(
        @Column(name = "infant_uuid") UUID infantUuid,
        @Column(name = "flag_key", nullable = false, length = 80) String flagKey,
        @Column(name = "detail", length = 100) String detail,
        @Column(name = "source", nullable = false, length = 300) String source,
        @Column(name = "referral", nullable = false) boolean referral) {

    public ConsultationFlag {
        Objects.requireNonNull(flagKey, "flagKey");
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail;
    }
}
