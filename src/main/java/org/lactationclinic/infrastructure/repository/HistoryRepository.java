package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationVersion;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.shared.AuditedEntity;

/** Reads Envers history: every saved version of a record, oldest first, with who saved it and when. */
@ApplicationScoped
public class HistoryRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** A version of a record as it was saved in one revision. */
    public record Version<T>(T snapshot, ClinicRevision revision, RevisionType change) {}

    /**
     * A consultation as saved in each revision that changed it or any of its infant findings (a change to the findings
     * alone leaves no revision of the consultation itself), oldest first. The snapshots are read through Envers and
     * load their collections lazily, so use them inside the transaction.
     */
    public List<ConsultationVersion.Snapshot> consultationSnapshots(long consultationId) {
        AuditReader reader = AuditReaderFactory.get(em);
        SortedSet<Number> revisions = new TreeSet<>(Comparator.comparingLong(Number::longValue));
        revisions.addAll(reader.getRevisions(Consultation.class, consultationId));
        revisions.addAll(reader
                .createQuery()
                .forRevisionsOfEntity(InfantFindings.class, false, true)
                .add(AuditEntity.relatedId("consultation").eq(consultationId))
                .addProjection(AuditEntity.revisionNumber().distinct())
                .getResultList()
                .stream()
                .map(Number.class::cast)
                .toList());
        return revisions.stream()
                .map(revision -> {
                    ClinicRevision saved = reader.findRevision(ClinicRevision.class, revision);
                    return new ConsultationVersion.Snapshot(
                            revision.longValue(),
                            saved.getUsername(),
                            saved.getInstant(),
                            reader.find(Consultation.class, consultationId, revision));
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    public <T extends AuditedEntity> List<Version<T>> versionsOf(Class<T> type, long id) {
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(row -> new Version<>((T) row[0], (ClinicRevision) row[1], (RevisionType) row[2]))
                .toList();
    }
}
