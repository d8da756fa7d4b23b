package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A word of a mother's folded name (kind {@value #NAME_WORD}) or a suffix of her phone digits (kind
 * {@value #PHONE_SUFFIX}), for the mother search to find by index. Written only by the database's trigger
 * (db/vendor/{h2,postgresql}/V14); mapped read-only so that queries can name it.
 */
@Entity
@Immutable
@Table(name = "mother_search_term")
@IdClass(MotherSearchTerm.Key.class)
public class MotherSearchTerm {

    public static final String NAME_WORD = "N";
    public static final String PHONE_SUFFIX = "P";

    @Id
    @Column(name = "mother_id")
    private Long motherId;

    @Id
    @Column(name = "kind", length = 1)
    private String kind;

    @Id
    @Column(name = "term", length = 201)
    private String term;

    protected MotherSearchTerm() {
        // read-only: rows come from the trigger
    }

    public Long getMotherId() {
        return motherId;
    }

    public String getKind() {
        return kind;
    }

    public String getTerm() {
        return term;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private Long motherId;
        private String kind;
        private String term;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(motherId, that.motherId)
                    && Objects.equals(kind, that.kind)
                    && Objects.equals(term, that.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(motherId, kind, term);
        }
    }
}
