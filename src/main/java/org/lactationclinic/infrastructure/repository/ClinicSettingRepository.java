package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.shared.ConcurrentEditException;

/** The clinic settings saved so far; a setting never saved has no row. */
@ApplicationScoped
public class ClinicSettingRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public Map<ClinicSettingType, ClinicSetting> saved() {
        Map<ClinicSettingType, ClinicSetting> saved = new EnumMap<>(ClinicSettingType.class);
        em.createQuery("select s from ClinicSetting s where s.voided = false", ClinicSetting.class)
                .getResultStream()
                .forEach(setting -> saved.put(setting.getKey(), setting));
        return saved;
    }

    public void add(ClinicSetting setting) {
        em.persist(setting);
    }

    /** Writes pending changes; a save that lost a race with another admin's is a concurrent edit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("ClinicSetting", null);
        }
    }
}
