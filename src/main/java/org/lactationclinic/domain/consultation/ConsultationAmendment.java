package org.lactationclinic.domain.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * A correction made to a signed consultation: when, by whom, and why. The corrected values themselves are in the
 * consultation's history (Envers), version by version. A class rather than a record because Envers rebuilds history
 * rows through a no-argument constructor.
 */
@Embeddable
public class ConsultationAmendment implements Serializable {

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, length = ClinicalLimits.USERNAME_MAX)
    private String amendedBy;

    @Column(name = "reason", nullable = false, length = ClinicalLimits.REASON_MAX)
    private String reason;

    protected ConsultationAmendment() {
        // for JPA and Envers
    }

    public ConsultationAmendment(Instant amendedAt, String amendedBy, String reason) {
        this.amendedAt = Objects.requireNonNull(amendedAt, "amendedAt");
        this.amendedBy = Objects.requireNonNull(amendedBy, "amendedBy");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationAmendment that
                && Objects.equals(amendedAt, that.amendedAt)
                && Objects.equals(amendedBy, that.amendedBy)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amendedAt, amendedBy, reason);
    }
}
