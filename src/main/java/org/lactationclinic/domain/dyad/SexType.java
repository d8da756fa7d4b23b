package org.lactationclinic.domain.dyad;

/** Sex recorded at birth; selects the WHO growth standard (boys or girls). */
public enum SexType {
    FEMALE,
    MALE
}
