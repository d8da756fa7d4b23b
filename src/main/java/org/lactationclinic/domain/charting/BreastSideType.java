package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/** The breast a feed or a test weighing was on. The label is the bundle entry {@code BreastSideType.VALUE}. */
public enum BreastSideType implements Labelled {
    LEFT,
    RIGHT;
}
