package org.lactationclinic.domain.dyad;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.lactationclinic.domain.shared.SearchText;

/**
 * What the consultant typed in the mother search. Name words match the start of any word of the family or given name,
 * ignoring case and accents; the date of birth matches exactly; phone digits match anywhere in the number; an
 * identifier (MRN, national number) matches its value exactly, on the mother or any of her infants, in any system.
 */
public record MotherSearch(String name, LocalDate dateOfBirth, String phone, String identifier)
        implements Serializable {

    public static final MotherSearch EVERYONE = new MotherSearch(null, null, null, null);

    public MotherSearch(String name, LocalDate dateOfBirth, String phone) {
        this(name, dateOfBirth, phone, null);
    }

    /** The identifier's value as typed, without surrounding spaces; matched exactly, on her or on an infant. */
    public String identifierValue() {
        return identifier == null ? "" : identifier.strip();
    }

    /** The name as typed, folded (no case, no accents), in words; each matches the start of a word of hers. */
    public List<String> nameWords() {
        String folded = SearchText.fold(name);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The phone number's digits, matched anywhere in hers. */
    public String phoneDigits() {
        return SearchText.digits(phone);
    }
}
