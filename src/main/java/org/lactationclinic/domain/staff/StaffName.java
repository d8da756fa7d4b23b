package org.lactationclinic.domain.staff;

import java.io.Serializable;

/**
 * An account as a choice list shows it: its id and the person's name. The reports' consultant filter keeps its list in
 * the page's view for as long as the page is open; the whole account would bring its password hash and sealed second
 * factor into the session, and its roles into every read.
 */
public record StaffName(Long id, String fullName) implements Serializable {}
