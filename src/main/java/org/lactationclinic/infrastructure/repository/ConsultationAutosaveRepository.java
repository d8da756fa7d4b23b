package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.lactationclinic.domain.consultation.Consultation;

/** The autosave state of draft consultations, per consultant. */
@ApplicationScoped
public class ConsultationAutosaveRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public Optional<ConsultationAutosave> find(Consultation consultation, String username) {
        return em.createQuery(
                        "select a from ConsultationAutosave a where a.consultation = :consultation and a.username = :username",
                        ConsultationAutosave.class)
                .setParameter("consultation", consultation)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** She wrote the consultation at {@code at}: remembered for the coalescing, and her scratch copy dropped. */
    public void revisionWritten(Consultation consultation, String username, Instant at) {
        findOrAdd(consultation, username).revisionWritten(at);
    }

    /** Keeps her form, typed on {@code version}, until the next written revision. */
    public void keepForm(Consultation consultation, String username, byte[] form, long version, Instant at) {
        if (form.length > ConsultationAutosave.FORM_MAX_BYTES) {
            throw new IllegalArgumentException("Autosaved form of " + form.length + " bytes");
        }
        findOrAdd(consultation, username).keepForm(form, version, at);
    }

    /**
     * She saved a part of the consultation her form does not hold (the care plan) over the version her scratch copy was
     * typed on: the copy still applies, on the new version. Without this, her own save made her last minute of typing
     * look outdated, and it was dropped.
     */
    public void carryOver(Consultation consultation, String username, long fromVersion) {
        find(consultation, username).ifPresent(kept -> kept.carriedOver(fromVersion, consultation.getVersion()));
    }

    /** Her scratch copy cannot be applied (outdated, or unreadable after an upgrade): it goes, the rest stays. */
    public void dropForm(Consultation consultation, String username) {
        find(consultation, username).ifPresent(ConsultationAutosave::dropForm);
    }

    /** The consultation is signed or voided: nobody's autosave applies any more. */
    public void removeAll(Consultation consultation) {
        em.createQuery("delete from ConsultationAutosave a where a.consultation = :consultation")
                .setParameter("consultation", consultation)
                .executeUpdate();
    }

    private ConsultationAutosave findOrAdd(Consultation consultation, String username) {
        return find(consultation, username).orElseGet(() -> {
            ConsultationAutosave added = new ConsultationAutosave(consultation, username);
            em.persist(added);
            return added;
        });
    }
}
