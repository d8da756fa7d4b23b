package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.ProviderRepository;

/**
 * The provider directory: an admin adds, edits, retires and reinstates entries; a consultant picks a baby's doctor from
 * the entries not retired.
 */
@Stateless
@RolesAllowed(RoleType.ADMIN_ROLE)
public class ProviderDirectoryService {

    @Inject
    private ProviderRepository providers;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every entry, retired ones last. */
    public List<Provider> all() {
        return providers.all();
    }

    /** The entries a consultant may name as a baby's doctor. */
    @RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.ADMIN_ROLE})
    public List<Provider> active() {
        return providers.active();
    }

    /** Adds an entry, or saves the form's edits to one; a second entry with the same NPI is refused. */
    public Provider save(@NotNull @Valid Provider edited) {
        if (edited.getNpi() != null
                && providers.findOtherByNpi(edited.getNpi(), edited.getUuid()).isPresent()) {
            throw new ClinicalRuleException(
                    "admin_providers.message.error.npiTaken", "NPI " + edited.getNpi() + " is in the directory");
        }
        boolean adding = edited.isNew();
        try {
            Provider saved;
            if (adding) {
                providers.add(edited);
                saved = edited;
            } else {
                saved = providers.merge(edited);
            }
            providers.flush(saved);
            audit.record(
                    adding ? AuditActionType.CREATE : AuditActionType.UPDATE,
                    AuditRecordType.PROVIDER,
                    saved.getUuid(),
                    adding ? "added" : "changed");
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Provider", edited.getUuid());
        }
    }

    /** Takes an entry off the list offered for babies, with a reason; babies who name her keep her. */
    public void retire(@NotNull UUID uuid, long versionOnForm, String reason) {
        Provider provider = get(uuid, versionOnForm);
        provider.retire(actor.username(), clock.instant(), reason);
        providers.flush(provider);
        audit.record(AuditActionType.UPDATE, AuditRecordType.PROVIDER, uuid, "retired");
    }

    /** Offers a retired entry again. */
    public void reinstate(@NotNull UUID uuid, long versionOnForm) {
        Provider provider = get(uuid, versionOnForm);
        provider.reinstate();
        providers.flush(provider);
        audit.record(AuditActionType.UPDATE, AuditRecordType.PROVIDER, uuid, "offered again");
    }

    private Provider get(UUID uuid, long versionOnForm) {
        Provider provider = providers.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("Provider", uuid));
        provider.checkVersion(versionOnForm);
        return provider;
    }
}
