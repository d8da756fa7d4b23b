package org.lactationclinic.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A flag raised at a consultation, stored with it when it is saved so that what the consultant was shown is part of the
 * record, even if a clinic later changes a threshold. A class rather than a record because Envers rebuilds history rows
 * through a no-argument constructor.
 */
@Embeddable
public class ConsultationFlag implements Serializable {

    @Column(name = "infant_uuid")
    private UUID infantUuid;

    @Column(name = "flag_key", nullable = false, length = 80)
    private String flagKey;

    @Column(name = "detail", length = 100)
    private String detail;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    @Column(name = "referral", nullable = false)
    private boolean referral;

    protected ConsultationFlag() {
        // for JPA and Envers
    }

    /**
     * @param infantUuid the infant the flag is about; null for a flag about the mother
     * @param flagKey the bundle key of the flag's plain-words reason, e.g. {@code WeightFlagType.EXCESS_LOSS}
     * @param detail the number the reason quotes ({@code {0}} in the bundle text), e.g. "10.4"; may be empty
     * @param source the citation of the rule, as shown next to the flag
     * @param referral true for the red flags that need a referral (clinical-reference.md, section 4)
     */
    public ConsultationFlag(UUID infantUuid, String flagKey, String detail, String source, boolean referral) {
        this.infantUuid = infantUuid;
        this.flagKey = Objects.requireNonNull(flagKey, "flagKey");
        this.detail = detail == null ? "" : detail;
        this.source = Objects.requireNonNull(source, "source");
        this.referral = referral;
    }

    /** The flag of a rule, with its own source: about an infant, or the mother when {@code infantUuid} is null. */
    public static ConsultationFlag of(UUID infantUuid, ClinicalFlagType flag, String detail) {
        return new ConsultationFlag(infantUuid, flag.bundleKey(), detail, flag.getSource(), flag.isReferral());
    }

    public UUID infantUuid() {
        return infantUuid;
    }

    public String flagKey() {
        return flagKey;
    }

    public String detail() {
        return detail == null ? "" : detail;
    }

    public String source() {
        return source;
    }

    public boolean referral() {
        return referral;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationFlag that
                && referral == that.referral
                && Objects.equals(infantUuid, that.infantUuid)
                && flagKey.equals(that.flagKey)
                && detail().equals(that.detail())
                && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(infantUuid, flagKey, detail(), source, referral);
    }

    @Override
    public String toString() {
        return flagKey + "(" + detail() + ")";
    }
}
