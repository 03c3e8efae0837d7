package cn.gov.baotou.talent.core.account.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * The caller a signed-in session belongs to, with its roles, kept in the session by {@link TalentAuthentication} and
 * given to the container on every request of that session.
 */
record SignedIn(String username, Set<String> roles) implements Serializable {

    /** The session attribute that holds it. */
    static final String ATTRIBUTE = "talent.signedIn";

    SignedIn {
        roles = Set.copyOf(roles);
    }
}
