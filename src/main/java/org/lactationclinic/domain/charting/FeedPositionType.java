package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * How the mother held the infant for an observed feed (clinical-reference.md, section 1: cradle, cross-cradle,
 * football/clutch, side-lying, laid-back). The label is the bundle entry {@code FeedPositionType.VALUE}.
 */
public enum FeedPositionType implements Labelled {
    CRADLE,
    CROSS_CRADLE,
    FOOTBALL,
    SIDE_LYING,
    LAID_BACK;
}
