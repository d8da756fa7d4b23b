package org.lactationclinic.domain.consultation;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * The reasons for a visit (clinical-reference.md, section 7): a multi-select of {@link VisitReasonType} plus free text
 * for "other". A value: replaced whole.
 *
 * <p>Rules: each reason counts once however often it was ticked; the "other" text is trimmed, blank means none, and
 * longer than {@value #OTHER_MAX} characters is refused rather than cut. {@link #mentions()} is what the reasons report
 * counts: every reason ticked, and "other" once when written.
 *
 * @param reasons the reasons ticked, in declaration order
 * @param other anything else, in the consultant's words, or null
 */
public record VisitReasons(Set<VisitReasonType> reasons, String other) implements Serializable {

    /** Longest "other" text: a phrase, not a note (the SOAP note holds the story). */
    public static final int OTHER_MAX = 200;

    public static final VisitReasons NONE = new VisitReasons(Set.of(), null);

    /**
     * @throws ClinicalRuleException ({@code consultation.message.error.visitReasonOtherTooLong}) when the text is
     *     longer than {@value #OTHER_MAX} characters
     */
    public VisitReasons {
        reasons =
                reasons == null || reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        other = other == null || other.isBlank() ? null : other.strip();
        if (other != null && other.length() > OTHER_MAX) {
            throw new ClinicalRuleException(
                    "consultation.message.error.visitReasonOtherTooLong",
                    "The other reason has " + other.length() + " characters, at most " + OTHER_MAX);
        }
    }

    /** The reasons as a form's multi-select gives them, duplicates and nulls left out. */
    public static VisitReasons of(Collection<VisitReasonType> ticked, String other) {
        Set<VisitReasonType> reasons = EnumSet.noneOf(VisitReasonType.class);
        if (ticked != null) {
            ticked.stream().filter(Objects::nonNull).forEach(reasons::add);
        }
        return new VisitReasons(reasons, other);
    }

    /** Mentions as the reasons report counts them: each reason ticked, and "other" once when written. */
    public int mentions() {
        return reasons.size() + (other == null ? 0 : 1);
    }

    public boolean isEmpty() {
        return mentions() == 0;
    }

    /** The reasons in declaration order, for a form or a printout. */
    public List<VisitReasonType> ordered() {
        return List.copyOf(reasons);
    }
}
