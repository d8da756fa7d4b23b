package org.lactationclinic.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.lactationclinic.domain.shared.CurrentActor;

/** The signed-in staff member's username, or {@value CurrentActor#SYSTEM} when nobody is signed in. */
@ApplicationScoped
public class SignedInActor implements CurrentActor {

    private static final String EJB_CONTEXT = "java:comp/EJBContext";

    /** Key of the actor remembered for the rest of the current transaction. */
    private static final String ACTOR_OF_TRANSACTION = SignedInActor.class.getName();

    @Inject
    private SecurityContext securityContext;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * The actor is resolved once per transaction and remembered in it: Envers asks for it again at commit time, after
     * the use case's EJB call has returned, when the caller may no longer be known.
     */
    @Override
    public String username() {
        boolean inTransaction = transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction && transaction.getResource(ACTOR_OF_TRANSACTION) instanceof String remembered) {
            return remembered;
        }
        String username = resolve();
        if (inTransaction) {
            transaction.putResource(ACTOR_OF_TRANSACTION, username);
        }
        return username;
    }

    private String resolve() {
        try {
            Principal principal = callerPrincipal();
            return principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())
                    ? SYSTEM
                    : principal.getName();
        } catch (IllegalStateException startupCallback) {
            // The EJB container forbids asking for the caller in a singleton's @PostConstruct, where the
            // application works for itself (migrations, the demo clinic).
            return SYSTEM;
        }
    }

    /**
     * Records are written inside EJB use cases, whose context knows the caller even when the identity was propagated
     * rather than signed in on this request (a {@code @RunAs} identity); outside an EJB call the Jakarta Security
     * context answers.
     */
    private Principal callerPrincipal() {
        try {
            return ((EJBContext) new InitialContext().lookup(EJB_CONTEXT)).getCallerPrincipal();
        } catch (NamingException notInAnEjbCall) {
            return securityContext.getCallerPrincipal();
        }
    }
}
