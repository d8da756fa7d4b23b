package org.lactationclinic.domain.pumping;

import org.lactationclinic.domain.shared.Labelled;

/**
 * How the milk was expressed, as the pumping log records it (clinical-reference.md, section 3: pump type). The label is
 * the bundle entry {@code PumpType.VALUE}.
 */
public enum PumpType implements Labelled {
    HOSPITAL_GRADE,
    DOUBLE_ELECTRIC,
    SINGLE_ELECTRIC,
    WEARABLE,
    MANUAL,
    HAND_EXPRESSION;
}
