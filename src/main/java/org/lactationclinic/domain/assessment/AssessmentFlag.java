package org.lactationclinic.domain.assessment;

import java.util.Objects;

/**
 * A raised flag and the short citation to display with it, so the consultant sees on what authority the system raised
 * it (and, where a clinic changed a cut-off, the source the clinic gave for its number).
 */
public record AssessmentFlag(AssessmentFlagType type, String source) {

    public AssessmentFlag {
        Objects.requireNonNull(type, "type");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A flag must carry its source");
        }
    }

    public String bundleKey() {
        return type.bundleKey();
    }
}
