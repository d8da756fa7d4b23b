package org.lactationclinic.domain.charting;

/**
 * How a supplement was given.
 * The label is the bundle entry {@code SupplementMethodType.VALUE}.
 */
public enum SupplementMethodType {
    AT_BREAST_SUPPLEMENTER,
    CUP,
    SYRINGE,
    SPOON,
    PACED_BOTTLE;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
