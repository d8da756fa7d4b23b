package org.lactationclinic.domain.referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * What the clinic's record needs about a new baby that a referral may not send (sex, birth date and time, gestational
 * age, birth weight). The facts sent are filled in and shown as sent; the others the consultant types. Nothing is
 * guessed: a fact neither sent nor typed keeps the infant from being made. Mutable for the form.
 */
public final class NewBaby implements Serializable {
    private String key;
    private SexType sex;
    private boolean sexSent;
    private LocalDate birthDate;
    private LocalTime birthTime;
    private boolean birthTimeSent;
    private Integer gestationalWeeks;
    private Integer gestationalDays;
    private Integer birthWeightGrams;
    private boolean birthWeightSent;

    /** The form for a baby the clinic does not know yet, filled with what was sent. */
    public static NewBaby of(SentReferral referral, SentReferral.Person baby) {
        NewBaby form = new NewBaby();
        form.key = baby.key();
        form.sex = "female".equals(baby.gender()) ? SexType.FEMALE : "male".equals(baby.gender()) ? SexType.MALE : null;
        form.sexSent = form.sex != null;
        form.birthDate = baby.birthDate();
        form.birthTime = baby.birthTime() == null ? null : baby.birthTime().toLocalTime();
        form.birthTimeSent = baby.birthTime() != null;
        form.birthWeightGrams = referral.birthWeightOf(baby).orElse(null);
        form.birthWeightSent = form.birthWeightGrams != null;
        return form;
    }

    /**
     * The new infant: name and identifiers as sent, the rest from this form (sent, or typed by the consultant).
     *
     * @throws ClinicalRuleException when the referral did not send the baby's name or birth date, or a fact the record
     *     requires is still missing
     */
    public Infant newInfant(SentReferral.Person sent) {
        if (sent.givenName() == null || sent.familyName() == null || birthDate == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.babyIncomplete",
                    "The referral does not give the baby's name and birth date");
        }
        if (sex == null || birthTime == null || gestationalWeeks == null || birthWeightGrams == null) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.babyFacts",
                    "Sex, birth time, gestation and birth weight are needed");
        }
        Infant infant = new Infant(
                sent.givenName().strip(),
                sent.familyName().strip(),
                sex,
                LocalDateTime.of(birthDate, birthTime),
                gestationalWeeks * 7 + (gestationalDays == null ? 0 : gestationalDays),
                birthWeightGrams);
        sent.personIdentifiers().forEach(infant::identifyAs);
        return infant;
    }

    public String getKey() {
        return key;
    }

    public SexType getSex() {
        return sex;
    }

    public void setSex(SexType sex) {
        this.sex = sex;
    }

    public boolean isSexSent() {
        return sexSent;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public LocalTime getBirthTime() {
        return birthTime;
    }

    public void setBirthTime(LocalTime birthTime) {
        this.birthTime = birthTime;
    }

    public boolean isBirthTimeSent() {
        return birthTimeSent;
    }

    public Integer getGestationalWeeks() {
        return gestationalWeeks;
    }

    public void setGestationalWeeks(Integer gestationalWeeks) {
        this.gestationalWeeks = gestationalWeeks;
    }

    public Integer getGestationalDays() {
        return gestationalDays;
    }

    public void setGestationalDays(Integer gestationalDays) {
        this.gestationalDays = gestationalDays;
    }

    public Integer getBirthWeightGrams() {
        return birthWeightGrams;
    }

    public void setBirthWeightGrams(Integer birthWeightGrams) {
        this.birthWeightGrams = birthWeightGrams;
    }

    public boolean isBirthWeightSent() {
        return birthWeightSent;
    }
}
