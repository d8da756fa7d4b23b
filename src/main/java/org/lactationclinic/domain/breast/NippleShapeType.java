package org.lactationclinic.domain.breast;

/**
 * The nipple's shape at rest (clinical-reference.md, section 1: everted / flat / inverted).
 * The label is the bundle entry {@code NippleShapeType.VALUE}.
 */
public enum NippleShapeType {
    EVERTED,
    FLAT,
    INVERTED;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
