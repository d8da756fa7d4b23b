package org.lactationclinic.domain.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.lactationclinic.domain.shared.ClinicalLimits;

/** A referral made at the consultation: where, how soon, and why in the consultant's words. Mutable for the form. */
@Embeddable
public class Referral implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "destination", nullable = false, length = 40)
    private ReferralDestinationType destination;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 20)
    private ReferralUrgencyType urgency = ReferralUrgencyType.ROUTINE;

    @Size(max = ClinicalLimits.REASON_MAX)
    @Column(name = "note", length = ClinicalLimits.REASON_MAX)
    private String note;

    public Referral() {
        // for JPA and the form
    }

    public Referral(ReferralDestinationType destination, ReferralUrgencyType urgency, String note) {
        this.destination = destination;
        this.urgency = urgency;
        this.note = note;
    }

    public Referral copy() {
        return new Referral(destination, urgency, note == null || note.isBlank() ? null : note.strip());
    }

    public ReferralDestinationType getDestination() {
        return destination;
    }

    public void setDestination(ReferralDestinationType destination) {
        this.destination = destination;
    }

    public ReferralUrgencyType getUrgency() {
        return urgency;
    }

    public void setUrgency(ReferralUrgencyType urgency) {
        this.urgency = Objects.requireNonNullElse(urgency, ReferralUrgencyType.ROUTINE);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
