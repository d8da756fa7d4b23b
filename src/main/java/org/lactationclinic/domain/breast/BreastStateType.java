package org.lactationclinic.domain.breast;

/**
 * How the breast feels (clinical-reference.md, section 1: soft / filling / engorged).
 * The label is the bundle entry {@code BreastStateType.VALUE}.
 */
public enum BreastStateType {
    SOFT,
    FILLING,
    ENGORGED;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
