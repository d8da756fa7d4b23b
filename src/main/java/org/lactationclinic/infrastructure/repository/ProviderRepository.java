package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.provider.Provider;

/** The provider directory. */
@ApplicationScoped
public class ProviderRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** Every entry, retired ones too, by name. */
    public List<Provider> all() {
        return em.createQuery(
                        "select p from Provider p where p.voided = false order by p.retired, lower(p.name), p.id",
                        Provider.class)
                .getResultList();
    }

    /** The entries offered for a baby: not retired. */
    public List<Provider> active() {
        return em.createQuery(
                        "select p from Provider p where p.voided = false and p.retired = false order by lower(p.name), p.id",
                        Provider.class)
                .getResultList();
    }

    public Optional<Provider> findByUuid(UUID uuid) {
        return em.createQuery("select p from Provider p where p.uuid = :uuid", Provider.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    /** The entry, other than the one given, that already has this NPI. */
    public Optional<Provider> findOtherByNpi(String npi, UUID except) {
        return em.createQuery("select p from Provider p where p.npi = :npi and p.uuid <> :except", Provider.class)
                .setParameter("npi", npi)
                .setParameter("except", except)
                .getResultStream()
                .findFirst();
    }

    public void add(Provider provider) {
        em.persist(provider);
    }

    public Provider merge(Provider provider) {
        return em.merge(provider);
    }

    /** Writes pending changes; a save that lost a race with another admin's is a concurrent edit. */
    public void flush(Provider changed) {
        Writes.flush(em, changed);
    }
}
