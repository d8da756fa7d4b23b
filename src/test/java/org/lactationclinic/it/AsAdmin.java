package org.lactationclinic.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test code as the admin "it.admin", who is not a consultant (test deployments only). */
@Stateless
@RunAs("ADMIN")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdmin {

    public static final String USERNAME = "it.admin";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
