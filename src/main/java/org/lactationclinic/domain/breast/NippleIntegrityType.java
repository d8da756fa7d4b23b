package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The nipple's skin (clinical-reference.md, section 1: intact / reddened / blistered / bruised / cracked / bleeding).
 * The label is the bundle entry {@code NippleIntegrityType.VALUE}.
 */
public enum NippleIntegrityType implements Labelled {
    INTACT,
    REDDENED,
    BLISTERED,
    BRUISED,
    CRACKED,
    BLEEDING;
}
