package org.lactationclinic.infrastructure.repository;

/** The columns the mother search can be sorted by, on the server. */
public enum MotherSort {
    NAME("m.searchName"),
    DATE_OF_BIRTH("m.dateOfBirth"),
    REGISTERED("m.createdAt");

    private final String path;

    MotherSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
