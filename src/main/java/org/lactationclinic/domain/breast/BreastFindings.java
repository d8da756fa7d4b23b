package org.lactationclinic.domain.breast;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.shared.ClinicalLimits;

import java.io.Serializable;

/**
 * The breast and nipple on one side at one consultation (clinical-reference.md, section 1, "Pain and
 * breast/nipple findings"): soft, filling or engorged; localized redness; a lump; nipple shape and skin;
 * a compression stripe or blanching after the feed; nipple pain 0-10. Mutable for the form.
 */
@Embeddable
public class BreastFindings implements Serializable {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "nipple_integrity", length = 10)
    private NippleIntegrityType nippleIntegrity;

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

    public NippleIntegrityType getNippleIntegrity() {
        return nippleIntegrity;
    }

    public void setNippleIntegrity(NippleIntegrityType nippleIntegrity) {
        this.nippleIntegrity = nippleIntegrity;
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
