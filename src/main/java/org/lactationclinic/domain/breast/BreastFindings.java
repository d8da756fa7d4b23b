package org.lactationclinic.domain.breast;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * The breast and nipple on one side at one consultation (clinical-reference.md, section 1, "Pain and breast/nipple
 * findings"): soft, filling or engorged; localized redness; a lump; nipple shape and skin (several skin findings at
 * once); a compression stripe or blanching after the feed; nipple pain 0-10. Mutable for the form.
 */
@Embeddable
public class BreastFindings implements Serializable {

    /** Room for every {@link NippleIntegrityType} name with a comma between each (50 characters). */
    static final int NIPPLE_SKIN_COLUMN_LENGTH = 60;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 5)
    private BreastSideType side;

    @Enumerated(EnumType.STRING)
    @Column(name = "breast_state", length = 10)
    private BreastStateType state;

    @Column(name = "redness", nullable = false)
    private boolean redness;

    @Column(name = "lump", nullable = false)
    private boolean lump;

    @Enumerated(EnumType.STRING)
    @Column(name = "nipple_shape", length = 10)
    private NippleShapeType nippleShape;

    /**
     * The nipple skin findings, several at once ("cracked, bleeding"), as {@link NippleIntegrityType} names in
     * declaration order, comma-separated (V18). One column rather than a table because this is an embeddable of an
     * element collection, and JPA gives such an embeddable no collection of its own; every finding is read and written
     * through {@link #getNippleSkin()} and {@link #setNippleSkin}.
     */
    @Column(name = "nipple_integrity", length = NIPPLE_SKIN_COLUMN_LENGTH)
    private String nippleIntegrity;

    @Column(name = "compression_stripe", nullable = false)
    private boolean compressionStripe;

    @Min(0)
    @Max(ClinicalLimits.PAIN_MAX)
    @Column(name = "nipple_pain")
    private Integer nipplePain;

    public BreastFindings() {
        // for JPA and the form
    }

    public BreastFindings(BreastSideType side) {
        this.side = side;
    }

    /** Localized redness or a lump: on the mastitis spectrum (ABM protocol #36, 2022). */
    public boolean isInflamed() {
        return redness || lump;
    }

    public BreastFindings copy() {
        BreastFindings copy = new BreastFindings(side);
        copy.state = state;
        copy.redness = redness;
        copy.lump = lump;
        copy.nippleShape = nippleShape;
        copy.nippleIntegrity = nippleIntegrity;
        copy.compressionStripe = compressionStripe;
        copy.nipplePain = nipplePain;
        return copy;
    }

    public BreastSideType getSide() {
        return side;
    }

    public BreastStateType getState() {
        return state;
    }

    public void setState(BreastStateType state) {
        this.state = state;
    }

    public boolean isRedness() {
        return redness;
    }

    public void setRedness(boolean redness) {
        this.redness = redness;
    }

    public boolean isLump() {
        return lump;
    }

    public void setLump(boolean lump) {
        this.lump = lump;
    }

    public NippleShapeType getNippleShape() {
        return nippleShape;
    }

    public void setNippleShape(NippleShapeType nippleShape) {
        this.nippleShape = nippleShape;
    }

    /**
     * The nipple skin findings in declaration order, as a new modifiable list each time (the form's select-many
     * replaces it through {@link #setNippleSkin}); empty when not recorded.
     */
    public List<NippleIntegrityType> getNippleSkin() {
        return new ArrayList<>(NippleIntegrityType.fromColumn(nippleIntegrity));
    }

    public void setNippleSkin(List<NippleIntegrityType> nippleSkin) {
        this.nippleIntegrity = NippleIntegrityType.toColumn(nippleSkin);
    }

    /**
     * Refuses nipple skin recorded as intact and damaged at once ({@link NippleIntegrityType#consistent}).
     *
     * @throws ClinicalRuleException ({@code consultation.message.error.intactWithDamage.LEFT} or {@code .RIGHT})
     */
    public void checkRules() {
        if (!NippleIntegrityType.consistent(NippleIntegrityType.fromColumn(nippleIntegrity))) {
            throw new ClinicalRuleException(
                    "consultation.message.error.intactWithDamage." + side.name(),
                    side + " nipple skin recorded as intact and damaged: " + nippleIntegrity);
        }
    }

    /** Blistered, cracked or bleeding skin on this side ({@link NippleIntegrityType#isDamage()}). */
    public Set<NippleIntegrityType> getNippleDamage() {
        Set<NippleIntegrityType> damage = NippleIntegrityType.fromColumn(nippleIntegrity);
        damage.removeIf(finding -> !finding.isDamage());
        return damage;
    }

    public boolean isCompressionStripe() {
        return compressionStripe;
    }

    public void setCompressionStripe(boolean compressionStripe) {
        this.compressionStripe = compressionStripe;
    }

    public Integer getNipplePain() {
        return nipplePain;
    }

    public void setNipplePain(Integer nipplePain) {
        this.nipplePain = nipplePain;
    }
}
