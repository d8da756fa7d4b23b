package org.lactationclinic.domain.shared;

/**
 * Who is acting right now: the signed-in staff member, or {@value #SYSTEM} for work the application does by itself
 * (migrations, loading the demo clinic).
 */
public interface CurrentActor {

    String SYSTEM = "system";

    String username();
}
