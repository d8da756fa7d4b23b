package org.lactationclinic.domain.breast;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.lactationclinic.domain.shared.ClinicalLimits;

/** A milk-supply concern raised at a consultation: its category, when it began, and a note. Mutable for the form. */
@Embeddable
public class SupplyConcern implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private SupplyConcernType category;

    @PastOrPresent
    @Column(name = "onset")
    private LocalDate onset;

    @Size(max = ClinicalLimits.REASON_MAX)
    @Column(name = "note", length = ClinicalLimits.REASON_MAX)
    private String note;

    public SupplyConcern() {
        // for JPA and the form
    }

    public SupplyConcern(SupplyConcernType category, LocalDate onset, String note) {
        this.category = category;
        this.onset = onset;
        this.note = note;
    }

    public SupplyConcern copy() {
        return new SupplyConcern(category, onset, note);
    }

    public SupplyConcernType getCategory() {
        return category;
    }

    public void setCategory(SupplyConcernType category) {
        this.category = category;
    }

    public LocalDate getOnset() {
        return onset;
    }

    public void setOnset(LocalDate onset) {
        this.onset = onset;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
