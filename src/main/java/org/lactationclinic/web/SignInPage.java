package org.lactationclinic.web;

/** The sign-in page's address and the request parameters that tell it why the user is there. */
final class SignInPage {

    static final String PATH = "/login.xhtml";
    /** The second step of a sign-in with a second factor: the code (issue 15). */
    static final String CODE_PATH = "/login-code.xhtml";
    /** Where a staff member turns her second factor on or off, and where an admin who must have one is kept. */
    static final String SECOND_FACTOR_PATH = "/account/second-factor.xhtml";
    /** The page to go back to after sign-in, relative to the application (see {@link ReturnPath}). */
    static final String CONTINUE = "continue";
    /** The browser came back with a session that had ended (timed out). */
    static final String SESSION_ENDED = "session-ended";
    /** The session was ended because an admin disabled the account or took its roles away. */
    static final String ACCOUNT_CHANGED = "account-changed";
    /** The user has just signed out. */
    static final String SIGNED_OUT = "signed-out";

    private SignInPage() {}
}
