package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.ClinicProfileRepository;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;

/**
 * The clinic's configurable thresholds: every consultant's rules read them, only an admin changes them, and each change
 * carries the source the clinic relies on.
 */
@Stateless
@RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.ADMIN_ROLE})
public class ClinicSettingsService {

    /**
     * One setting as the admin's form holds it.
     *
     * @param versionOnForm the version of the saved row the form was loaded with, null when it showed the default
     */
    public record Change(ClinicSettingType key, String value, String source, Long versionOnForm) {}

    @Inject
    private ClinicSettingRepository settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClinicProfileRepository profiles;

    /** Who the clinic is on paper: name, address, contact, logo. */
    public ClinicProfile profile() {
        return profiles.current();
    }

    /**
     * Saves the clinic's name, address and contact details, and its logo when one is given.
     *
     * @param versionOnForm the version the form was loaded with; null when no profile had been saved
     * @param logo a new PNG or JPEG, or null to keep the logo; {@code removeLogo} takes it away
     * @throws ClinicalRuleException when the name is blank or the logo is not a small PNG or JPEG
     * @throws ConcurrentEditException when another admin saved the profile since the form was loaded
     */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public ClinicProfile saveProfile(
            Long versionOnForm,
            String name,
            String address,
            String phone,
            String email,
            byte[] logo,
            boolean removeLogo) {
        ClinicProfile profile = profiles.current();
        boolean created = profile.isNew();
        if (profile.isNew() != (versionOnForm == null)) {
            throw new ConcurrentEditException("ClinicProfile", profile.getUuid());
        }
        if (versionOnForm != null) {
            profile.checkVersion(versionOnForm);
        }
        profile.change(name, address, phone, email);
        if (removeLogo) {
            profile.removeLogo();
        } else if (logo != null) {
            profile.replaceLogo(logo);
        }
        profiles.save(profile);
        audit.record(
                created ? AuditActionType.CREATE : AuditActionType.UPDATE,
                AuditRecordType.CLINIC_SETTING,
                profile.getUuid(),
                "clinic details");
        return profile;
    }

    public ClinicThresholds thresholds() {
        return ClinicThresholds.from(settings.saved());
    }

    /** Every setting, in declaration order: the saved row, or a new one holding the default. */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public List<ClinicSetting> all() {
        Map<ClinicSettingType, ClinicSetting> saved = settings.saved();
        return Arrays.stream(ClinicSettingType.values())
                .map(type -> saved.getOrDefault(type, new ClinicSetting(type)))
                .toList();
    }

    /**
     * Saves the settings that differ from what is stored.
     *
     * @throws ClinicalRuleException when a value is not one the setting accepts, or the thresholds together are refused
     *     by the rules
     * @throws ConcurrentEditException when another admin saved a setting since the form was loaded
     */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public void save(@NotNull List<Change> changes) {
        Map<ClinicSettingType, ClinicSetting> saved = settings.saved();
        List<ClinicSetting> created = new ArrayList<>();
        List<ClinicSetting> changed = new ArrayList<>();
        for (Change change : changes) {
            if (!change.key().accepts(change.value())) {
                throw new ClinicalRuleException(
                        "clinic_settings.message.error.outOfRange",
                        change.key() + " does not accept " + change.value());
            }
            ClinicSetting setting = saved.get(change.key());
            if (setting == null) {
                if (change.versionOnForm() != null) {
                    throw new ConcurrentEditException("ClinicSetting", null);
                }
                setting = new ClinicSetting(change.key());
                setting.change(change.value(), change.source());
                if (setting.isDefault()) {
                    continue; // nothing to store: the default is what the clinic already has
                }
                settings.add(setting);
                saved.put(change.key(), setting);
                created.add(setting);
            } else {
                setting.checkVersion(change.versionOnForm() == null ? -1 : change.versionOnForm());
                String valueBefore = setting.getValue();
                String sourceBefore = setting.getSource();
                setting.change(change.value(), change.source());
                if (!Objects.equals(valueBefore, setting.getValue())
                        || !Objects.equals(sourceBefore, setting.getSource())) {
                    changed.add(setting);
                }
            }
        }
        try {
            ClinicThresholds.from(saved);
        } catch (IllegalArgumentException e) {
            throw new ClinicalRuleException("clinic_settings.message.error.refused", e.getMessage());
        }
        settings.flush();
        created.forEach(setting -> audit.record(
                AuditActionType.CREATE,
                AuditRecordType.CLINIC_SETTING,
                setting.getUuid(),
                setting.getKey().name()));
        changed.forEach(setting -> audit.record(
                AuditActionType.UPDATE,
                AuditRecordType.CLINIC_SETTING,
                setting.getUuid(),
                setting.getKey().name()));
    }
}
