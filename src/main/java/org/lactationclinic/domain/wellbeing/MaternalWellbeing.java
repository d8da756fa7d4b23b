package org.lactationclinic.domain.wellbeing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * The mother's well-being at one consultation: her EPDS answers (the printed position 0-3 of each answer she chose;
 * scores are derived by {@link EpdsScreening}), who acknowledged a positive item 10 and when, and notes on sleep,
 * stress, and nutrition and hydration (clinical-reference.md, section 1; product: maternal well-being). Mutable,
 * because the consultation form edits a {@link #copy()} of it.
 */
@Embeddable
public class MaternalWellbeing implements Serializable {

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_1")
    private Integer epds1;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_2")
    private Integer epds2;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_3")
    private Integer epds3;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_4")
    private Integer epds4;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_5")
    private Integer epds5;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_6")
    private Integer epds6;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_7")
    private Integer epds7;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_8")
    private Integer epds8;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_9")
    private Integer epds9;

    @Min(0)
    @Max(EpdsItemType.ANSWER_COUNT - 1)
    @Column(name = "epds_10")
    private Integer epds10;

    @Column(name = "self_harm_acknowledged_by", length = ClinicalLimits.USERNAME_MAX)
    private String selfHarmAcknowledgedBy;

    @Column(name = "self_harm_acknowledged_at")
    private Instant selfHarmAcknowledgedAt;

    @Size(max = ClinicalLimits.NOTE_MAX)
    @Column(name = "sleep_note", length = ClinicalLimits.NOTE_MAX)
    private String sleepNote;

    @Size(max = ClinicalLimits.NOTE_MAX)
    @Column(name = "stress_note", length = ClinicalLimits.NOTE_MAX)
    private String stressNote;

    @Size(max = ClinicalLimits.NOTE_MAX)
    @Column(name = "nutrition_note", length = ClinicalLimits.NOTE_MAX)
    private String nutritionNote;

    /** Not stored: the form's "I have seen this" tick, turned into who and when on save. */
    private transient boolean acknowledgingSelfHarm;

    /** The answers as a screening, for scores and flags. */
    public EpdsScreening screening() {
        Map<EpdsItemType, Integer> answers = new EnumMap<>(EpdsItemType.class);
        answers.put(EpdsItemType.ITEM_1, epds1);
        answers.put(EpdsItemType.ITEM_2, epds2);
        answers.put(EpdsItemType.ITEM_3, epds3);
        answers.put(EpdsItemType.ITEM_4, epds4);
        answers.put(EpdsItemType.ITEM_5, epds5);
        answers.put(EpdsItemType.ITEM_6, epds6);
        answers.put(EpdsItemType.ITEM_7, epds7);
        answers.put(EpdsItemType.ITEM_8, epds8);
        answers.put(EpdsItemType.ITEM_9, epds9);
        answers.put(EpdsItemType.ITEM_10, epds10);
        return new EpdsScreening(answers);
    }

    /** True when item 10 is positive and nobody has acknowledged it yet: signing must wait. */
    public boolean isSelfHarmUnacknowledged() {
        return screening().isSelfHarmPositive() && selfHarmAcknowledgedBy == null;
    }

    /**
     * Takes the form's values. A positive item 10 ticked as seen is recorded with the consultant and the time (once: a
     * later save keeps the first acknowledgement); a negative item 10 needs none, so an acknowledgement of an answer
     * since corrected is dropped.
     */
    public void replaceWith(MaternalWellbeing entered, String by, Instant at) {
        this.epds1 = entered.epds1;
        this.epds2 = entered.epds2;
        this.epds3 = entered.epds3;
        this.epds4 = entered.epds4;
        this.epds5 = entered.epds5;
        this.epds6 = entered.epds6;
        this.epds7 = entered.epds7;
        this.epds8 = entered.epds8;
        this.epds9 = entered.epds9;
        this.epds10 = entered.epds10;
        sleepNote = entered.sleepNote;
        stressNote = entered.stressNote;
        nutritionNote = entered.nutritionNote;
        if (!screening().isSelfHarmPositive()) {
            selfHarmAcknowledgedBy = null;
            selfHarmAcknowledgedAt = null;
        } else if (selfHarmAcknowledgedBy == null && entered.acknowledgingSelfHarm) {
            selfHarmAcknowledgedBy = by;
            selfHarmAcknowledgedAt = at;
        }
    }

    public MaternalWellbeing copy() {
        MaternalWellbeing copy = new MaternalWellbeing();
        copy.epds1 = epds1;
        copy.epds2 = epds2;
        copy.epds3 = epds3;
        copy.epds4 = epds4;
        copy.epds5 = epds5;
        copy.epds6 = epds6;
        copy.epds7 = epds7;
        copy.epds8 = epds8;
        copy.epds9 = epds9;
        copy.epds10 = epds10;
        copy.selfHarmAcknowledgedBy = selfHarmAcknowledgedBy;
        copy.selfHarmAcknowledgedAt = selfHarmAcknowledgedAt;
        copy.sleepNote = sleepNote;
        copy.stressNote = stressNote;
        copy.nutritionNote = nutritionNote;
        copy.acknowledgingSelfHarm = selfHarmAcknowledgedBy != null;
        return copy;
    }

    /** The EPDS total once all ten items are answered, else null (for the page). */
    public Integer getEpdsTotal() {
        return screening().total().isPresent() ? screening().total().getAsInt() : null;
    }

    public Integer getEpds1() {
        return epds1;
    }

    public void setEpds1(Integer epds1) {
        this.epds1 = epds1;
    }

    public Integer getEpds2() {
        return epds2;
    }

    public void setEpds2(Integer epds2) {
        this.epds2 = epds2;
    }

    public Integer getEpds3() {
        return epds3;
    }

    public void setEpds3(Integer epds3) {
        this.epds3 = epds3;
    }

    public Integer getEpds4() {
        return epds4;
    }

    public void setEpds4(Integer epds4) {
        this.epds4 = epds4;
    }

    public Integer getEpds5() {
        return epds5;
    }

    public void setEpds5(Integer epds5) {
        this.epds5 = epds5;
    }

    public Integer getEpds6() {
        return epds6;
    }

    public void setEpds6(Integer epds6) {
        this.epds6 = epds6;
    }

    public Integer getEpds7() {
        return epds7;
    }

    public void setEpds7(Integer epds7) {
        this.epds7 = epds7;
    }

    public Integer getEpds8() {
        return epds8;
    }

    public void setEpds8(Integer epds8) {
        this.epds8 = epds8;
    }

    public Integer getEpds9() {
        return epds9;
    }

    public void setEpds9(Integer epds9) {
        this.epds9 = epds9;
    }

    public Integer getEpds10() {
        return epds10;
    }

    public void setEpds10(Integer epds10) {
        this.epds10 = epds10;
    }

    public String getSelfHarmAcknowledgedBy() {
        return selfHarmAcknowledgedBy;
    }

    public Instant getSelfHarmAcknowledgedAt() {
        return selfHarmAcknowledgedAt;
    }

    public boolean isAcknowledgingSelfHarm() {
        return acknowledgingSelfHarm;
    }

    public void setAcknowledgingSelfHarm(boolean acknowledgingSelfHarm) {
        this.acknowledgingSelfHarm = acknowledgingSelfHarm;
    }

    public String getSleepNote() {
        return sleepNote;
    }

    public void setSleepNote(String sleepNote) {
        this.sleepNote = sleepNote;
    }

    public String getStressNote() {
        return stressNote;
    }

    public void setStressNote(String stressNote) {
        this.stressNote = stressNote;
    }

    public String getNutritionNote() {
        return nutritionNote;
    }

    public void setNutritionNote(String nutritionNote) {
        this.nutritionNote = nutritionNote;
    }
}
