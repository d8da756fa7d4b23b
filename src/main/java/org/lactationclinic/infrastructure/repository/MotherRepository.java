package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.domain.dyad.MotherSearchRow;
import org.lactationclinic.domain.dyad.MotherSort;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.shared.AuditedEntity;

/** Mothers and their infants. Voided mothers are found by uuid (for history) but never by search. */
@ApplicationScoped
public class MotherRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The mother with her infants and history loaded, voided or not. */
    public Optional<Mother> findByUuid(UUID uuid) {
        Optional<Mother> found = em.createQuery(
                        "select distinct m from Mother m left join fetch m.infants where m.uuid = :uuid", Mother.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
        found.ifPresent(mother -> {
            Hibernate.initialize(mother.getConditions());
            // the forms and the print edit or show them detached
            Hibernate.initialize(mother.getIdentifiers());
            mother.getInfants().forEach(infant -> Hibernate.initialize(infant.getIdentifiers()));
        });
        return found;
    }

    /**
     * The mother's own row, if she is not voided, without her infants, conditions or identifiers (they load if read in
     * the same transaction): for a service that reads or records something of hers and shows nothing else of her.
     * {@link #findByUuid} reads those three collections as well, four more queries, which the family page paid once for
     * each of its sections (issue 12's profile).
     */
    public Optional<Mother> findActive(UUID uuid) {
        return em.createQuery("select m from Mother m where m.uuid = :uuid and m.voided = false", Mother.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    /**
     * The uuid of the mother, other than the one given, who already has this identifier (voided mothers included: the
     * database's unique constraint counts them too).
     */
    public Optional<UUID> motherIdentifiedAs(PersonIdentifier identifier, UUID except) {
        return identifiedAs(Mother.class, identifier, except);
    }

    /** The uuid of the infant, other than the one given, who already has this identifier. */
    public Optional<UUID> infantIdentifiedAs(PersonIdentifier identifier, UUID except) {
        return identifiedAs(Infant.class, identifier, except);
    }

    /** The uuid of the mother or infant ({@code person}), other than the one given, who has this identifier. */
    private Optional<UUID> identifiedAs(Class<?> person, PersonIdentifier identifier, UUID except) {
        return em.createQuery(
                        "select p.uuid from " + em.getMetamodel().entity(person).getName()
                                + " p join p.identifiers i where i.system = :system and i.value = :value"
                                + " and p.uuid <> :except",
                        UUID.class)
                .setParameter("system", identifier.getSystem())
                .setParameter("value", identifier.getValue())
                .setParameter("except", except)
                .getResultStream()
                .findFirst();
    }

    /** Mothers not voided who have, or one of whose infants has, this identifier (any system when system is null). */
    public List<Mother> findByIdentifier(String system, String value) {
        return em.createQuery(
                        "select distinct m from Mother m left join fetch m.infants where m.voided = false and "
                                + identifiedBy("i.value = :value and (:system is null or i.system = :system)", false),
                        Mother.class)
                .setParameter("value", value)
                .setParameter("system", system)
                .getResultList();
    }

    /**
     * JPQL: mother {@code m} has, or one of her infants has, an identifier {@code i} that meets {@code condition} (both
     * subqueries start from the identifier's value, which is indexed on both tables).
     *
     * @param includeVoidedInfants whether a voided infant's identifier still finds her: so in the search box, not in
     *     {@link #findByIdentifier} (FHIR and referral matching), each as it was written before they shared this text
     */
    private static String identifiedBy(String condition, boolean includeVoidedInfants) {
        return "(m.id in (select m2.id from Mother m2 join m2.identifiers i where " + condition + ")"
                + " or m.id in (select c.mother.id from Infant c join c.identifiers i where " + condition
                + (includeVoidedInfants ? "" : " and c.voided = false") + "))";
    }

    /**
     * One page of the search's result lines, sorted and paged by the database. Each line is read as columns, the
     * infants' names joined by the database in the same query: the search page made Hibernate load, snapshot and check
     * at commit twenty mothers and (in a second and third query) their infants, for a list that shows five values of
     * each (issue 12: the entities, their infants and the flush were a fifth of the page's CPU).
     */
    public List<MotherSearchRow> search(MotherSearch search, int first, int max, MotherSort sort, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<MotherSearchRow> query = em.createQuery(
                "select new org.lactationclinic.domain.dyad.MotherSearchRow(m.uuid, m.familyName, m.givenName,"
                        + " m.dateOfBirth, m.phone, (select listagg(c.givenName, ', ') within group"
                        + " (order by c.birthDateTime, c.givenName) from Infant c where c.mother = m and c.voided = false))"
                        + " from Mother m" + where + " order by " + pathOf(sort) + (ascending ? " asc" : " desc")
                        + ", m.id",
                MotherSearchRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(MotherSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query =
                em.createQuery("select count(m) from Mother m" + where(search, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(MotherSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where m.voided = false");
        List<String> words = search.nameWords();
        for (int i = 0; i < words.size(); i++) {
            // A word matches the start of any word of the folded name: an index range on the name's words
            // (MotherSearchTerm, kept by a database trigger), not a scan of every mother.
            where.append(" and m.id in (select t.motherId from MotherSearchTerm t where t.kind = '")
                    .append(MotherSearchTerm.NAME_WORD)
                    .append("' and t.term like :w")
                    .append(i)
                    .append(')');
            parameters.put("w" + i, escapeLike(words.get(i)) + "%");
        }
        String identifier = search.identifierValue();
        if (!identifier.isEmpty()) {
            // exact value, in any system, on her or on one of her infants (both indexed by value)
            where.append(" and ").append(identifiedBy("i.value = :identifier", true));
            parameters.put("identifier", identifier);
        }
        if (search.dateOfBirth() != null) {
            where.append(" and m.dateOfBirth = :dob");
            parameters.put("dob", search.dateOfBirth());
        }
        String digits = search.phoneDigits();
        if (!digits.isEmpty()) {
            // digits anywhere in the number = the start of one of its suffixes
            where.append(" and m.id in (select t.motherId from MotherSearchTerm t where t.kind = '")
                    .append(MotherSearchTerm.PHONE_SUFFIX)
                    .append("' and t.term like :phone)");
            parameters.put("phone", digits + "%");
        }
        return where.toString();
    }

    /** Typed % and _ are letters to the consultant, not wildcards; the folded name has no backslashes. */
    private static String escapeLike(String word) {
        return word.replace("%", "").replace("_", "");
    }

    /** The infant with its mother. */
    /** The mothers (not voided) with these uuids, in no particular order. */
    public List<Mother> findByUuids(java.util.Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Mother m where m.uuid in :uuids and m.voided = false", Mother.class)
                .setParameter("uuids", uuids)
                .getResultList();
    }

    public Optional<Infant> findInfantByUuid(UUID uuid) {
        return em.createQuery("select i from Infant i join fetch i.mother where i.uuid = :uuid", Infant.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    public void add(Mother mother) {
        em.persist(mother);
    }

    /** Applies a detached mother from a form; Hibernate compares her version with the stored one. */
    public Mother merge(Mother mother) {
        return em.merge(mother);
    }

    public void flush() {
        em.flush();
    }

    /** Writes pending changes; a save that lost a race with another one is a concurrent edit. */
    public void flush(AuditedEntity changed) {
        Writes.flush(em, changed);
    }

    /** The mother's attribute a sort orders by. */
    private static String pathOf(MotherSort sort) {
        return switch (sort) {
            case NAME -> "m.searchName";
            case DATE_OF_BIRTH -> "m.dateOfBirth";
            case REGISTERED -> "m.createdAt";
        };
    }
}
