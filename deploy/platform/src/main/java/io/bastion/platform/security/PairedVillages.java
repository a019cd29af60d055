package io.bastion.platform.security;

import java.util.List;

/**
 * The villages an account (a county leader's or a department's token subject) is paired with, as
 * the service knows them: assistance-service from its pairings, the others from assistance-service's
 * events. A service without it gives paired roles no rows at all.
 */
public interface PairedVillages {

    List<String> of(String account);
}
