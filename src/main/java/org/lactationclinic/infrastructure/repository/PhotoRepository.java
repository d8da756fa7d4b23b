package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.photo.ConsultationPhoto;
import org.lactationclinic.domain.photo.PhotoBytes;
import org.lactationclinic.domain.photo.PhotoSubjectType;
import org.lactationclinic.domain.photo.PhotoSummary;

/**
 * A consultation's photographs. Lists read the small columns only: the bytes are read one photograph at a time, when it
 * is shown or printed (Hibernate loads a lazy {@code byte[]} eagerly without bytecode enhancement).
 */
@ApplicationScoped
public class PhotoRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The consultation's photographs, voided ones included, oldest first. */
    public List<PhotoSummary> summariesOf(Consultation consultation) {
        return em.createQuery(
                        "select p.uuid, p.version, p.subject, p.mediaType, p.widthPx, p.heightPx, p.createdAt, p.createdBy,"
                                + " p.voided from ConsultationPhoto p where p.consultation = :consultation order by p.createdAt, p.id",
                        Object[].class)
                .setParameter("consultation", consultation)
                .getResultStream()
                .map(row -> new PhotoSummary(
                        (UUID) row[0],
                        (Long) row[1],
                        (PhotoSubjectType) row[2],
                        (String) row[3],
                        (Integer) row[4],
                        (Integer) row[5],
                        (Instant) row[6],
                        (String) row[7],
                        (Boolean) row[8]))
                .toList();
    }

    /** @param thumbnail true for the thumbnail, false for the kept image */
    public Optional<PhotoBytes> bytesOf(UUID photoUuid, boolean thumbnail) {
        return em.createQuery(
                        "select p.uuid, c.uuid, m.uuid, p.mediaType, p.voided, p." + (thumbnail ? "thumbnail" : "image")
                                + " from ConsultationPhoto p join p.consultation c join c.mother m where p.uuid = :uuid",
                        Object[].class)
                .setParameter("uuid", photoUuid)
                .getResultStream()
                .findFirst()
                .map(row -> new PhotoBytes(
                        (UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], (Boolean) row[4], (byte[])
                                row[5]));
    }

    public Optional<ConsultationPhoto> findByUuid(UUID uuid) {
        return em.createQuery(
                        "select p from ConsultationPhoto p join fetch p.consultation where p.uuid = :uuid",
                        ConsultationPhoto.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    public void add(ConsultationPhoto photo) {
        em.persist(photo);
    }

    public void flush(ConsultationPhoto changed) {
        Writes.flush(em, changed);
    }
}
