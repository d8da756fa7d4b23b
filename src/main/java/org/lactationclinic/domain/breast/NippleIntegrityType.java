package org.lactationclinic.domain.breast;

/**
 * The nipple's skin (clinical-reference.md, section 1: intact / reddened / blistered / bruised / cracked / bleeding).
 * The label is the bundle entry {@code NippleIntegrityType.VALUE}.
 */
public enum NippleIntegrityType {
    INTACT,
    REDDENED,
    BLISTERED,
    BRUISED,
    CRACKED,
    BLEEDING;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
