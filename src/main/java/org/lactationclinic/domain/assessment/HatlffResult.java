package org.lactationclinic.domain.assessment;

import java.util.Objects;

/** A HATLFF finding, the interpretation that produced it and that interpretation's citation for display. */
public record HatlffResult(HatlffFindingType finding, HatlffInterpretationType interpretation, String source) {

    public HatlffResult {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(source, "source");
    }

    public boolean isFlagged() {
        return finding.isFlagged();
    }
}
