package org.lactationclinic.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.shared.AuditedEntity;

/**
 * One clinic setting as an admin saved it: the value and the source the clinic cites for it. A setting that was never
 * saved has no row and takes its {@link ClinicSettingType#getDefaultValue() default}.
 */
@Entity
@Table(name = "clinic_setting")
@Audited
public class ClinicSetting extends AuditedEntity {

    public static final int VALUE_MAX = 40;
    public static final int SOURCE_MAX = 300;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "setting_key", nullable = false, unique = true, updatable = false, length = 40)
    private ClinicSettingType key;

    @NotBlank
    @Size(max = VALUE_MAX)
    @Column(name = "setting_value", nullable = false, length = VALUE_MAX)
    private String value;

    @NotBlank
    @Size(max = SOURCE_MAX)
    @Column(name = "source", nullable = false, length = SOURCE_MAX)
    private String source;

    protected ClinicSetting() {
        // for JPA
    }

    public ClinicSetting(ClinicSettingType key) {
        this.key = Objects.requireNonNull(key);
        this.value = key.getDefaultValue();
        this.source = key.getDefaultSource();
    }

    public void change(String value, String source) {
        this.value = value == null ? null : value.strip();
        this.source = source == null ? null : source.strip();
    }

    public ClinicSettingType getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getSource() {
        return source;
    }

    public boolean isDefault() {
        return key.getDefaultValue().equals(value) && key.getDefaultSource().equals(source);
    }
}
