package io.bastion.platform.security;

import io.bastion.platform.api.StreamTickets;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.util.ArrayList;

/**
 * Opens a stream for a browser's {@code EventSource}: a GET of a path ending in {@code /stream} with a
 * {@code ticket} query parameter and no Authorization header is authenticated by the ticket
 * ({@link StreamTickets}), as the account, roles and division it was issued to. A ticket opens
 * nothing else, and a forged or expired one is a 401. Every other request is left to the bearer token.
 */
@ApplicationScoped
public class StreamTicketAuthentication implements HttpAuthenticationMechanism {

    public static final String PARAMETER = "ticket";

    @Inject
    StreamTickets tickets;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String ticket = context.request().getParam(PARAMETER);
        if (ticket == null || context.request().method() != HttpMethod.GET || !context.normalizedPath().endsWith("/stream")
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Uni.createFrom().nullItem();
        }
        return tickets.read(ticket)
                .map(holder -> Uni.createFrom().item(identity(ticket, holder)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("not a current stream ticket")));
    }

    private static SecurityIdentity identity(String ticket, StreamTickets.Holder holder) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(holder.account());
        claims.setClaim(Claims.upn.name(), holder.account());
        claims.setStringListClaim(Claims.groups.name(), new ArrayList<>(holder.roles()));
        claims.setClaim("division", holder.division());
        claims.setExpirationTime(NumericDate.fromSeconds(holder.expiresAt().getEpochSecond()));
        claims.setClaim(Claims.raw_token.name(), ticket);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(ticket, "ticket", claims))
                .addRoles(holder.roles())
                .build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }
}
