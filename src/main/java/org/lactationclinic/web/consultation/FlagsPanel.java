package org.lactationclinic.web.consultation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.web.BundleMessages;

/**
 * The consultation page's flags (consultation/edit.xhtml, the action bar's summary and each section's one-line count):
 * what the form raises now, recomputed from the form and the page's {@code ChartingContext} after every change, with no
 * database work; a signed consultation shows what was stored. Part of {@link ConsultationEditBacking}, split off by
 * section (issue 12); the rules are in {@code ChartingContext} and {@link FlagSummary}.
 */
public class FlagsPanel implements Serializable {

    private final ConsultationEditBacking page;
    // Not state: recomputed when missing (after a change, or after deserialisation).
    private transient List<ConsultationFlag> live;

    FlagsPanel(ConsultationEditBacking page) {
        this.page = page;
    }

    /** The form changed: the next read recomputes. */
    void clear() {
        live = null;
    }

    /** The flags the form raises now; the same rules the save applies. */
    public List<ConsultationFlag> getAll() {
        if (!page.isFormEnabled()) {
            return page.getConsultation().getFlags(); // a signed record shows what was stored, not a recomputation
        }
        if (live == null) {
            live = page.getStartedAt() == null
                    ? List.of()
                    : page.context().flags(page.getCharts(), page.getMother(), page.getStartedAt());
        }
        return live;
    }

    /** The flags for the summary in the action bar: urgent first, then referrals, then advice. */
    public List<ConsultationFlag> getOrdered() {
        return FlagSummary.ordered(getAll());
    }

    /** How many flags of a severity (URGENT, REFERRAL, ADVISORY) the form raises now. */
    public long count(FlagSummary.Severity severity) {
        return FlagSummary.count(getAll(), severity);
    }

    /** How many flags the form raises about this infant, for its section's one-line summary. */
    public long infantCount(InfantFindings chart) {
        return getAll().stream()
                .filter(flag -> chart.getInfant().getUuid().equals(flag.infantUuid()))
                .count();
    }

    /** How many flags the form raises about the mother, for her section's one-line summary. */
    public long getMotherCount() {
        return getAll().stream().filter(flag -> flag.infantUuid() == null).count();
    }

    /** The severity of a flag in lower case, for its style and its label. */
    public String severity(ConsultationFlag flag) {
        return FlagSummary.severity(flag).name().toLowerCase(Locale.ROOT);
    }

    /** The client id of the field that raised a flag, where the summary's link takes her. */
    public String target(ConsultationFlag flag) {
        List<UUID> seen = page.getCharts().stream()
                .map(chart -> chart.getInfant().getUuid())
                .toList();
        return FlagSummary.target(flag, seen::indexOf);
    }

    /** The plain-words reason of a flag, with its number. */
    public String text(ConsultationFlag flag) {
        return BundleMessages.text(flag.flagKey(), flag.detail());
    }

    /** Whom a flag is about: an infant's given name, or "Mother". */
    public String whom(UUID infantUuid) {
        if (infantUuid == null) {
            return BundleMessages.text("consultation_edit.label.mother");
        }
        InfantFindings form = page.findingsOf(infantUuid);
        return form == null ? "" : form.getInfant().getGivenName();
    }
}
