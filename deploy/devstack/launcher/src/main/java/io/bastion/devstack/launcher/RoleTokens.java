package io.bastion.devstack.launcher;

import io.bastion.devstack.infra.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A token for each role of the county in the demo data (鲁山县, 410423; its township 熊背乡,
 * 410423203), so a newcomer can call every API at once.
 */
final class RoleTokens {

    static final Duration LIFETIME = Duration.ofHours(12);
    static final String COUNTY = "410423";
    static final String TOWNSHIP = "410423203";

    static final List<RoleToken> ROLES = List.of(
            new RoleToken("county-admin", COUNTY),
            new RoleToken("township-operator", TOWNSHIP),
            new RoleToken("county-leader", COUNTY),
            new RoleToken("department", COUNTY),
            new RoleToken("inspector", COUNTY),
            new RoleToken("city-viewer", COUNTY.substring(0, 4)),
            new RoleToken("province-viewer", COUNTY.substring(0, 2)),
            new RoleToken("exchange-client", COUNTY));

    private RoleTokens() {
    }

    /** One role acting for one division. */
    record RoleToken(String role, String division) {

        /** The shell variable the token is given as, e.g. {@code BASTION_TOKEN_COUNTY_ADMIN}. */
        String variable() {
            return "BASTION_TOKEN_" + role.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        String token(TokenIssuer issuer) {
            return issuer.token("devstack-" + role, role, division, LIFETIME);
        }
    }

    /** {@code VARIABLE=token} for every role, signed now. */
    static List<String> issue(TokenIssuer issuer) {
        return ROLES.stream().map(role -> role.variable() + "=" + role.token(issuer)).toList();
    }

    /** Writes the assignments as {@code export} lines a shell can source. */
    static void write(List<String> assignments, Path file) {
        try {
            Files.writeString(file, assignments.stream().map(a -> "export " + a).collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
