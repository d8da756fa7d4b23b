package org.lactationclinic.infrastructure.security;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign-in throttle's log in the database (table {@code sign_in_attempt}, V92): what makes the counts the same on
 * every app server and survive a restart.
 *
 * <p><b>Its own transactions</b> ({@code REQUIRES_NEW}): a failure must be counted even when the sign-in that records
 * it ends in an error, and an admin's lift must not wait on, or roll back with, the rest of her request. Sign-ins
 * themselves run outside any transaction, like the audit trail's sign-in events.
 *
 * <p>Appends only; no row is updated, so two servers recording failures for the same account at once never wait on each
 * other's locks or lose a count.
 */
@Stateless
@Local(SignInAttempts.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DatabaseSignInAttempts implements SignInAttempts {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    @Override
    public long append(Kind kind, String key, Outcome outcome, Instant at) {
        SignInAttempt row = new SignInAttempt(kind, key, outcome, at);
        em.persist(row);
        em.flush(); // the id, which tells the throttle whether this failure is the one that locked
        return row.getId();
    }

    @Override
    public List<Attempt> since(Kind kind, String key, Instant from) {
        return em.createQuery(
                        "select a from SignInAttempt a where a.kind = :kind and a.subject = :key"
                                + " and a.occurredAt >= :from order by a.occurredAt, a.id",
                        SignInAttempt.class)
                .setParameter("kind", kind)
                .setParameter("key", key)
                .setParameter("from", from)
                .getResultStream()
                .map(SignInAttempt::toAttempt)
                .toList();
    }

    @Override
    public Map<String, List<Attempt>> since(Kind kind, Collection<String> keys, Instant from) {
        Map<String, List<Attempt>> byKey = new HashMap<>();
        keys.forEach(key -> byKey.put(key, new ArrayList<>()));
        if (byKey.isEmpty()) {
            return byKey;
        }
        em.createQuery(
                        "select a from SignInAttempt a where a.kind = :kind and a.subject in :keys"
                                + " and a.occurredAt >= :from order by a.occurredAt, a.id",
                        SignInAttempt.class)
                .setParameter("kind", kind)
                .setParameter("keys", List.copyOf(byKey.keySet()))
                .setParameter("from", from)
                .getResultStream()
                .forEach(row -> byKey.get(row.getSubject()).add(row.toAttempt()));
        return byKey;
    }

    @Override
    public void forgetBefore(Instant before) {
        em.createQuery("delete from SignInAttempt a where a.occurredAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
