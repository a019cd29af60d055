package io.bastion.platform.security;

/**
 * Where a service keeps which villages an account (a county leader's or a department's token
 * subject) is paired with: assistance-service in its pairings, the others in the projection of its
 * events. The platform runs {@link #query()} itself, on the connection it is scoping, before the
 * caller's first query; a service without it gives paired roles no rows at all.
 */
public interface PairedVillages {

    /** SQL with one parameter, the account, answering the codes of the villages it is actively paired with. */
    String query();
}
