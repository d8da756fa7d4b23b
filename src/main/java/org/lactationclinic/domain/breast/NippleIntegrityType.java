package org.lactationclinic.domain.breast;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.lactationclinic.domain.shared.Labelled;

/**
 * One finding on the nipple's skin (clinical-reference.md, section 1: intact / reddened / blistered / bruised / cracked
 * / bleeding). More than one can be true at once ("cracked and bleeding"), so a side records a set of them. The label
 * is the bundle entry {@code NippleIntegrityType.VALUE}.
 */
public enum NippleIntegrityType implements Labelled {
    INTACT,
    REDDENED,
    BLISTERED,
    BRUISED,
    CRACKED,
    BLEEDING;

    /**
     * Damaged skin in the sense of the nipple-pain rule (clinical-reference.md, section 1, ABM #26, 2016: "blistered,
     * cracked, bleeding"): a break in the skin, whatever pain she reports. Reddened and bruised skin is recorded but
     * does not raise the flag on its own.
     */
    public boolean isDamage() {
        return this == BLISTERED || this == CRACKED || this == BLEEDING;
    }

    /**
     * Whether the findings can all be true at once: {@link #INTACT} means the skin is unbroken, so it contradicts any
     * {@link #isDamage() damage} (blistered, cracked, bleeding) on the same side. Reddened and bruised skin can be
     * intact, so those combinations stand (clinical-reference.md, section 1: "more than one finding can be true at
     * once", which makes "intact and cracked" a slip of the finger, not a finding).
     */
    public static boolean consistent(Collection<NippleIntegrityType> findings) {
        return findings == null
                || !findings.contains(INTACT)
                || findings.stream().noneMatch(NippleIntegrityType::isDamage);
    }

    /** The set as one column value, names in declaration order separated by commas; null for none. */
    static String toColumn(Collection<NippleIntegrityType> findings) {
        return findings == null || findings.isEmpty()
                ? null
                : EnumSet.copyOf(findings).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The inverse of {@link #toColumn}; an unknown name fails loudly rather than dropping a finding. */
    static Set<NippleIntegrityType> fromColumn(String column) {
        Set<NippleIntegrityType> findings = EnumSet.noneOf(NippleIntegrityType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(NippleIntegrityType::valueOf)
                    .forEach(findings::add);
        }
        return findings;
    }
}
