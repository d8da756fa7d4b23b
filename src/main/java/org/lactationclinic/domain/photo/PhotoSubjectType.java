package org.lactationclinic.domain.photo;

import org.lactationclinic.domain.shared.Labelled;

/** What a photograph shows (issue 13, "Photographs"). Stored by name; the label is {@code PhotoSubjectType.VALUE}. */
public enum PhotoSubjectType implements Labelled {
    NIPPLE_TRAUMA,
    BREAST,
    BABY_MOUTH
}
