package org.lactationclinic.domain.shared;

/**
 * An enum whose label is a bundle entry named by the house rule {@code EnumName.VALUE}. Implemented by enums only,
 * which supply {@link #name()} and {@link #getDeclaringClass()}, so no enum repeats the rule.
 */
public interface Labelled {

    /** Supplied by {@link Enum#name()}. */
    String name();

    /** Supplied by {@link Enum#getDeclaringClass()}. */
    Class<?> getDeclaringClass();

    /** Bundle key of the label, e.g. {@code BreastSideType.LEFT}. */
    default String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
