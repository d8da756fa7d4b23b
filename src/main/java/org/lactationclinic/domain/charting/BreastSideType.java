package org.lactationclinic.domain.charting;

/**
 * The breast a feed or a test weighing was on.
 * The label is the bundle entry {@code BreastSideType.VALUE}.
 */
public enum BreastSideType {
    LEFT,
    RIGHT;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
