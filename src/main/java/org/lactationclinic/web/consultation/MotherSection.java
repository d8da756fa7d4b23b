package org.lactationclinic.web.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.breast.SupplyConcernType;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;
import org.lactationclinic.web.BundleMessages;

/**
 * The mother's sections of the consultation page (WEB-INF/includes/consultation/mother.xhtml and wellbeing.xhtml, which
 * take it as their {@code bean}): breasts and supply, and the EPDS. Part of {@link ConsultationEditBacking}, split off
 * by section (issue 12); the form itself ({@link MotherFindings}) stays on the page's bean, which saves it.
 */
public class MotherSection implements Serializable {

    private final ConsultationEditBacking page;

    MotherSection(ConsultationEditBacking page) {
        this.page = page;
    }

    /** Any change on her fields: the flags and the computed values are redrawn from the form. */
    public void recompute() {
        page.recompute();
    }

    public boolean isFormEnabled() {
        return page.isFormEnabled();
    }

    public LocalDateTime getNow() {
        return page.getNow();
    }

    public MotherFindings getMother() {
        return page.getMother();
    }

    public MaternalWellbeing getWellbeing() {
        return page.getMother().getWellbeing();
    }

    /** How many flags the form raises about the mother, for her section's one-line summary. */
    public long getMotherFlagCount() {
        return page.getFlagPanel().getMotherCount();
    }

    public void addConcern() {
        page.getMother().getConcerns().add(new SupplyConcern(SupplyConcernType.PERCEIVED_LOW_SUPPLY, null, null));
    }

    public void removeConcern(SupplyConcern concern) {
        page.getMother().getConcerns().remove(concern);
    }

    /** An EPDS question or answer as printed (through the bundle's formatter, for its apostrophes). */
    public String text(String key) {
        return BundleMessages.text(key);
    }

    /** The answer positions 0-3 of an EPDS item, in printed order. */
    public List<Integer> getEpdsAnswerIndexes() {
        return List.of(0, 1, 2, 3);
    }

    /** Item 10 is positive on the form now: the urgent banner shows, whatever else is answered. */
    public boolean isSelfHarmPositive() {
        return getWellbeing().screening().isSelfHarmPositive();
    }
}
