package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The nipple's shape at rest (clinical-reference.md, section 1: everted / flat / inverted). The label is the bundle
 * entry {@code NippleShapeType.VALUE}.
 */
public enum NippleShapeType implements Labelled {
    EVERTED,
    FLAT,
    INVERTED;
}
