package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clinic-wide security switch by name (V81; issue 15), e.g. that admins must sign in with a second factor. Read and
 * written through {@link StaffRepository#securitySwitch} and {@link StaffRepository#setSecuritySwitch}; each change is
 * on the audit trail. Absent means off.
 */
@Entity
@Table(name = "clinic_security_setting")
public class ClinicSecuritySetting {

    @Id
    @Column(name = "name", length = 60)
    private String name;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected ClinicSecuritySetting() {
        // for JPA
    }

    ClinicSecuritySetting(String name) {
        this.name = name;
    }

    void set(boolean on, Instant at, String by) {
        this.enabled = on;
        this.changedAt = at;
        this.changedBy = by;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
