package org.lactationclinic.web;

import jakarta.security.enterprise.credential.Credential;

/** The code typed at the second step of sign-in (issue 15), for {@link ClinicSignIn}; the account is in the session. */
record SecondFactorCredential(String code) implements Credential {}
