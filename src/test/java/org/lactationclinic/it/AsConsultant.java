package org.lactationclinic.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test code as the consultant "it.consultant" (test deployments only). */
@Stateless
@RunAs("CONSULTANT")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsConsultant {

    public static final String USERNAME = "it.consultant";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }

    /** A block of test code that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
