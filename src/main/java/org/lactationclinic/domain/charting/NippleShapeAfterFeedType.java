package org.lactationclinic.domain.charting;

/**
 * The nipple's shape just after an observed feed: a compression stripe, a wedged (lipstick) shape or blanching points to a shallow latch (clinical-reference.md, section 1, nipple findings).
 * The label is the bundle entry {@code NippleShapeAfterFeedType.VALUE}.
 */
public enum NippleShapeAfterFeedType {
    ROUNDED,
    WEDGED,
    COMPRESSION_STRIPE,
    BLANCHED;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
