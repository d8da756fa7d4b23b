package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/**
 * What a HATLFF score means under the clinic's {@link HatlffInterpretationType}. The categories are those of
 * Hazelbaker's interpretation (clinical-reference.md, section 1), plus {@link #INDETERMINATE} for the scores it leaves
 * without a verdict; Ballard's two-way rule uses {@link #ACCEPTABLE} and {@link #FRENOTOMY_SUGGESTED} only.
 */
public enum HatlffFindingType implements Labelled {
    /** Function 14, whatever the appearance (Hazelbaker). */
    PERFECT(false),
    /**
     * Hazelbaker: function 11-13 with appearance 10 ("11 acceptable if appearance 10", read as a floor, so 12 and 13
     * with appearance 10 are acceptable too). Ballard: no significant ankyloglossia.
     */
    ACCEPTABLE(false),
    /**
     * Hazelbaker: function 11-13 with appearance below 10. Not impaired (that needs function &lt; 11) and not
     * acceptable (that needs appearance 10): the tool gives no verdict and the consultant's judgement decides, so no
     * flag is raised.
     */
    INDETERMINATE(false),
    /** Hazelbaker: function &lt; 11 with appearance 8 or more. */
    IMPAIRED(true),
    /**
     * Hazelbaker: function &lt; 11 and appearance &lt; 8. Ballard: appearance &lt;= 8 and/or function &lt;= 11
     * (significant ankyloglossia, for which Ballard offered frenuloplasty to dyads with feeding problems).
     */
    FRENOTOMY_SUGGESTED(true);

    private final boolean flagged;

    HatlffFindingType(boolean flagged) {
        this.flagged = flagged;
    }

    /** True for the findings that raise a flag on the record. */
    public boolean isFlagged() {
        return flagged;
    }
}
