/**
 * HTTP hardening of every response: security headers, the session cookie's attributes, and no session for anonymous
 * visitors (SessionlessViewHandler). Sign-in itself is in org.lactationclinic.web (ClinicSignIn).
 */
package org.lactationclinic.web.security;
