package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditKey;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;

/** The audit trail's table: appending to the chain, the admin's search and the verifier's walk. */
@ApplicationScoped
public class AuditEventRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The audit chain's keys, from the server's configuration (issue 15). */
    @Inject
    private AuditKey.Ring keys;

    /**
     * Appends an event after the last one, in the caller's transaction.
     *
     * <p>Several app servers share one database, so numbering and chaining must be serialised where they all meet: the
     * database. The chain head row is read with {@code PESSIMISTIC_WRITE} ({@code select ... for update}) and stays
     * locked until the transaction ends; the next appender, on any server, waits for it and then reads the number and
     * hash this one left. Hence the sequence has no gaps and follows commit order, and a rolled-back transaction takes
     * its number back with it, so a gap can only mean a deleted row. A database sequence would not do: it is not
     * transactional (a rollback leaves a gap that looks like a deletion) and gives no previous hash. The lock is taken
     * last in every use case (after its business writes) and is the only lock of a view or sign-in, so it cannot
     * deadlock with record locks, and it is held only for the rest of a short transaction.
     */
    public AuditEvent append(
            Instant at,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress,
            UUID motherUuid) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: the V12 migration inserts it");
        }
        AuditEvent event = new AuditEvent(
                head.getLastSequence() + 1,
                head.getLastHash(),
                at,
                actor,
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress,
                motherUuid,
                keys.current());
        em.persist(event);
        head.advanceTo(event);
        em.flush();
        return event;
    }

    /** A mother the user opened, and when she last did. */
    public record MotherViewed(UUID motherUuid, Instant lastViewedAt) {}

    /** How many of her views {@link #mothersViewedBy} reads at a time. */
    public static final int VIEWS_PER_READ = 250;

    /** How many of her views {@link #mothersViewedBy} reads at most: a few days of a consultant's work. */
    public static final int VIEWS_READ_AT_MOST = 8 * VIEWS_PER_READ;

    /**
     * The mothers whose records the user viewed since the given instant, most recent first, each once, with her latest
     * view. Read from the audit trail's own views rather than a table of its own, so nothing else needs writing on
     * every view.
     *
     * <p>Her views are read newest first along the (actor, occurred_at) index, {@value #VIEWS_PER_READ} at a time, and
     * the reading stops at the {@code max}-th mother (a mother's first row is her latest view) or after her last
     * {@value #VIEWS_READ_AT_MOST} views, whichever comes first: the list is then the mothers of those views. Grouping
     * all her views since the instant instead (the first version) read every one of them on each Today page, a cost
     * that grew with every page she opened: 12 ms per Today page at first and 30 ms after 20 minutes of a load test
     * (issue 12). A consultant opens the same few mothers many times a visit, so one read usually finds ten.
     */
    public List<MotherViewed> mothersViewedBy(String actor, Instant since, int max) {
        Map<UUID, Instant> latestViews = new LinkedHashMap<>();
        Instant before = null;
        long beforeSequence = 0;
        for (int read = 0; read < VIEWS_READ_AT_MOST / VIEWS_PER_READ && latestViews.size() < max; read++) {
            // The actor leads the sort (it has one value) so that H2, like PostgreSQL, reads the index in order.
            TypedQuery<Object[]> views = em.createQuery(
                            "select e.motherUuid, e.occurredAt, e.sequenceNumber from AuditEvent e"
                                    + " where e.actor = :actor and e.occurredAt >= :since"
                                    + (before == null
                                            ? ""
                                            : " and (e.occurredAt < :before"
                                                    + " or (e.occurredAt = :before and e.sequenceNumber < :sequence))")
                                    + " and e.action = org.lactationclinic.domain.audit.AuditActionType.VIEW"
                                    + " and e.motherUuid is not null"
                                    + " order by e.actor, e.occurredAt desc, e.sequenceNumber desc",
                            Object[].class)
                    .setParameter("actor", actor)
                    .setParameter("since", since)
                    .setMaxResults(VIEWS_PER_READ);
            if (before != null) {
                views.setParameter("before", before).setParameter("sequence", beforeSequence);
            }
            List<Object[]> rows = views.getResultList();
            for (Object[] row : rows) {
                latestViews.putIfAbsent((UUID) row[0], (Instant) row[1]);
            }
            if (rows.size() < VIEWS_PER_READ) {
                break;
            }
            Object[] last = rows.getLast();
            before = (Instant) last[1];
            beforeSequence = (Long) last[2];
        }
        return latestViews.entrySet().stream()
                .limit(max)
                .map(view -> new MotherViewed(view.getKey(), view.getValue()))
                .toList();
    }

    /**
     * One page of the events the search finds, newest first; sorted and paged by the database. The filtered user leads
     * the sort (a no-op: it has one value) so that H2, like PostgreSQL, reads the matching index in order and stops
     * after the page instead of sorting every event of a busy user. A record search goes to {@link #aboutRecord}.
     */
    public List<AuditEvent> search(AuditSearch search, int first, int max) {
        if (search.recordUuid() != null) {
            return aboutRecord(search, first, max);
        }
        String leading = search.actor() != null ? "e.actor, " : "";
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where(search) + " order by " + leading
                        + "e.occurredAt desc, e.sequenceNumber desc",
                AuditEvent.class);
        bind(query, search);
        return query.setFirstResult(first)
                .setMaxResults(max)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    /**
     * How many events the search finds. Without any condition that is the chain head's last sequence number, read in
     * constant time: the table is append-only and numbered without gaps (a row deleted behind the application's back is
     * the verifier's business), whereas counting millions of rows takes PostgreSQL longer than the search may.
     */
    public long count(AuditSearch search) {
        if (search.equals(AuditSearch.EVERYTHING)) {
            return headSequence();
        }
        if (search.recordUuid() != null) {
            Query query = em.createNativeQuery("select count(*) from (" + aboutRecordSql(search) + ") found");
            bind(query, search);
            return ((Number) query.getSingleResult()).longValue();
        }
        TypedQuery<Long> query = em.createQuery("select count(*) from AuditEvent e" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    /**
     * The events on a record and, when the record is a mother, every event about her (her consultations, babies and
     * pumping entries, by {@code mother_uuid}): the union of the two index lookups. One condition {@code record_uuid =
     * ? or mother_uuid = ?} would be simpler, but H2 answers an OR of two columns by reading the whole table. An event
     * on the mother herself names her in both columns and comes from the first half only.
     */
    @SuppressWarnings("unchecked")
    private List<AuditEvent> aboutRecord(AuditSearch search, int first, int max) {
        Query query = em.createNativeQuery(
                "select * from (" + aboutRecordSql(search) + ") found"
                        + " order by found.occurred_at desc, found.sequence_number desc",
                AuditEvent.class);
        bind(query, search);
        return query.setFirstResult(first)
                .setMaxResults(max)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    private static String aboutRecordSql(AuditSearch search) {
        StringBuilder also = new StringBuilder();
        if (search.actor() != null) {
            also.append(" and e.actor = :actor");
        }
        if (search.from() != null) {
            also.append(" and e.occurred_at >= :from");
        }
        if (search.to() != null) {
            also.append(" and e.occurred_at < :to");
        }
        return "select e.* from audit_event e where e.mother_uuid = :recordUuid" + also
                + " union all select e.* from audit_event e where e.record_uuid = :recordUuid"
                + " and (e.mother_uuid is null or e.mother_uuid <> :recordUuid)" + also;
    }

    private static String where(AuditSearch search) {
        List<String> conditions = new ArrayList<>();
        if (search.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (search.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (search.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Binds the search's values to the query's named parameters, the JPQL ones and aboutRecordSql's alike. */
    private static void bind(Query query, AuditSearch search) {
        if (search.recordUuid() != null) {
            query.setParameter("recordUuid", search.recordUuid());
        }
        if (search.actor() != null) {
            query.setParameter("actor", search.actor());
        }
        if (search.from() != null) {
            query.setParameter("from", search.from());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to());
        }
    }

    /** The last sequence number the chain head holds now (without locking it). */
    public long headSequence() {
        return em.createQuery("select h.lastSequence from AuditChainHead h", Long.class)
                .getSingleResult();
    }

    /**
     * The chain after {@code afterSequence} and up to {@code upToSequence}, at most {@code max} events, in sequence
     * order, as links for the verifier. The entities read are dropped from the persistence context at once, so a walk
     * over millions of events holds one page at a time.
     */
    public List<AuditChainVerifier.Link> chainPage(long afterSequence, long upToSequence, int max) {
        List<AuditChainVerifier.Link> links = em.createQuery(
                        "select e from AuditEvent e where e.sequenceNumber > :after"
                                + " and e.sequenceNumber <= :upTo order by e.sequenceNumber",
                        AuditEvent.class)
                .setParameter("after", afterSequence)
                .setParameter("upTo", upToSequence)
                .setMaxResults(max)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(event -> event.toLink(keys))
                .toList();
        em.clear();
        return links;
    }
}
