package org.lactationclinic.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.lactationclinic.domain.shared.AuditedEntity;

import java.util.List;

/** Reads Envers history: every saved version of a record, oldest first, with who saved it and when. */
@ApplicationScoped
public class HistoryRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** A version of a record as it was saved in one revision. */
    public record Version<T>(T snapshot, ClinicRevision revision, RevisionType change) {
    }

    @SuppressWarnings("unchecked")
    public <T extends AuditedEntity> List<Version<T>> versionsOf(Class<T> type, long id) {
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(row -> new Version<>((T) row[0], (ClinicRevision) row[1], (RevisionType) row[2]))
                .toList();
    }
}
