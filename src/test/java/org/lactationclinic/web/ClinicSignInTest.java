package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.SignInGuard;
import org.lactationclinic.infrastructure.security.SignInThrottle;

/** Sign-in when the database cannot be asked: the user is told so, never that her password is wrong. */
class ClinicSignInTest {

    private final Map<String, Object> requestAttributes = new HashMap<>();

    @Test
    void signIn_shouldSayTheDatabaseIsUnavailable_whenTheStaffTableCannotBeRead() throws Exception {
        AuthenticationStatus status = signInWith(credential -> {
            throw new PersistenceException("The database has been closed [90098]");
        });

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(Boolean.TRUE, requestAttributes.get(ClinicSignIn.DATABASE_UNAVAILABLE));
    }

    @Test
    void signIn_shouldRefuseAWrongPasswordAsSuch() throws Exception {
        AuthenticationStatus status = signInWith(credential -> CredentialValidationResult.INVALID_RESULT);

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertNull(requestAttributes.get(ClinicSignIn.DATABASE_UNAVAILABLE));
    }

    private AuthenticationStatus signInWith(IdentityStoreHandler identityStores) throws Exception {
        ClinicSignIn mechanism = new ClinicSignIn();
        Field field = ClinicSignIn.class.getDeclaredField("identityStores");
        field.setAccessible(true);
        field.set(mechanism, identityStores);
        // A fresh throttle: no earlier failures, so the password is checked (issue 15).
        Field throttle = ClinicSignIn.class.getDeclaredField("throttle");
        throttle.setAccessible(true);
        throttle.set(mechanism, new SignInGuard(new SignInThrottle(Clock.systemUTC())));
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> {
            if (method.equals("setAttribute")) {
                requestAttributes.put((String) args[0], args[1]);
            }
            return method.equals("getAttribute") ? requestAttributes.get((String) args[0]) : null;
        });
        AuthenticationParameters parameters = AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential("ana.lopez", new Password("demo-password-2026")));
        HttpMessageContext context = proxy(HttpMessageContext.class, (method, args) -> switch (method) {
            case "isAuthenticationRequest" -> true;
            case "getAuthParameters" -> parameters;
            default -> throw new UnsupportedOperationException(method);
        });
        return mechanism.validateRequest(request, null, context);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
