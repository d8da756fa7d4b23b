package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/** How a supplement was given. The label is the bundle entry {@code SupplementMethodType.VALUE}. */
public enum SupplementMethodType implements Labelled {
    AT_BREAST_SUPPLEMENTER,
    CUP,
    SYRINGE,
    SPOON,
    PACED_BOTTLE;
}
