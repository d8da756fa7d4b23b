package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The nipple's shape just after an observed feed: a compression stripe, a wedged (lipstick) shape or blanching points
 * to a shallow latch (clinical-reference.md, section 1, nipple findings). The label is the bundle entry
 * {@code NippleShapeAfterFeedType.VALUE}.
 */
public enum NippleShapeAfterFeedType implements Labelled {
    ROUNDED,
    WEDGED,
    COMPRESSION_STRIPE,
    BLANCHED;
}
