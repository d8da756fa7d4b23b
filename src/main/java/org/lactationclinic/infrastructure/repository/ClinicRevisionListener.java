package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;
import org.lactationclinic.domain.shared.CurrentActor;

/** Stamps each revision with the signed-in user (Envers creates listeners itself, hence the CDI lookup). */
public class ClinicRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((ClinicRevision) revision)
                .setUsername(CDI.current().select(CurrentActor.class).get().username());
    }
}
