package org.lactationclinic.domain.dyad;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * A number a mother or an infant is known by outside the clinic: the hospital's medical record number, a national
 * health number. The system says whose number it is, as a URI (FHIR's {@code Identifier.system}, e.g.
 * {@code urn:oid:2.16.840.1.113883.2.4.6.3} or {@code https://hospital.example/mrn}); the value is the number as that
 * system writes it, compared exactly. A pair names one person: the database refuses it on a second mother, or a second
 * infant. Mutable for the form.
 */
@Embeddable
public class PersonIdentifier implements Serializable {

    public static final int SYSTEM_MAX = 200;
    public static final int VALUE_MAX = 100;

    /** A URI without spaces: FHIR's {@code uri} type, and what a receiving system matches on. */
    public static final String SYSTEM_PATTERN = "^[A-Za-z][A-Za-z0-9+.\\-]*:\\S+$";

    /** FHIR's {@code string} rules for an identifier's value: no leading or trailing space, no control characters. */
    public static final String VALUE_PATTERN = "^\\S(.*\\S)?$";

    @NotBlank
    @Size(max = SYSTEM_MAX)
    @Pattern(regexp = SYSTEM_PATTERN, message = "{clinic.validation.identifierSystem}")
    @Column(name = "id_system", nullable = false, length = SYSTEM_MAX)
    private String system;

    @NotBlank
    @Size(max = VALUE_MAX)
    @Pattern(regexp = VALUE_PATTERN, message = "{clinic.validation.identifierValue}")
    @Column(name = "id_value", nullable = false, length = VALUE_MAX)
    private String value;

    public PersonIdentifier() {
        // for JPA and the form's blank row
    }

    public PersonIdentifier(String system, String value) {
        setSystem(system);
        setValue(value);
    }

    /** Whether the consultant left both fields of the row empty. */
    public boolean isBlank() {
        return (system == null || system.isBlank()) && (value == null || value.isBlank());
    }

    /** Whether both identify the same person: the same system and the same value. */
    public boolean sameAs(PersonIdentifier other) {
        return other != null && Objects.equals(system, other.system) && Objects.equals(value, other.value);
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system == null || system.isBlank() ? null : system.strip();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return system + "|" + value;
    }
}
