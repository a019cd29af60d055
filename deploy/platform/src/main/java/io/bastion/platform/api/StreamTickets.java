package io.bastion.platform.api;

import io.bastion.platform.domain.Now;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Short-lived tickets that stand for a caller's bearer token on a stream a browser opens with
 * {@code EventSource}, which cannot send an Authorization header. A ticket names the account, its
 * roles and its division and when it expires, signed with the key cursors are signed with (so every
 * replica reads it), and is good only for opening a stream: {@code StreamTicketAuthentication}
 * accepts it on nothing else.
 */
@ApplicationScoped
public class StreamTickets {

    private static final String PREFIX = "t:";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    @ConfigProperty(name = "bastion.stream.ticket-lifetime", defaultValue = "PT1M")
    Duration lifetime;

    /** Who a ticket stands for, and until when. */
    public record Holder(String account, Set<String> roles, String division, Instant expiresAt) {
    }

    /** A ticket for this caller, good for {@code bastion.stream.ticket-lifetime}. */
    public Issued issue(String account, Set<String> roles, String division) {
        Instant expires = Now.clock().instant().plus(lifetime);
        String payload = PREFIX + String.join("\n", account, String.join(",", new TreeSet<>(roles)), division,
                Long.toString(expires.getEpochSecond()));
        byte[] text = payload.getBytes(StandardCharsets.UTF_8);
        return new Issued(BASE64.encodeToString(text) + "." + BASE64.encodeToString(CursorKey.sign(text)), expires);
    }

    /** A ticket and when it stops opening streams. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    /** Who the ticket stands for, if it is one of ours and has not expired. */
    public Optional<Holder> read(String ticket) {
        int dot = ticket.indexOf('.');
        if (dot <= 0 || ticket.length() > 2_000) {
            return Optional.empty();
        }
        try {
            byte[] text = Base64.getUrlDecoder().decode(ticket.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(ticket.substring(dot + 1));
            String payload = new String(text, StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(signature, CursorKey.sign(text)) || !payload.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = payload.substring(PREFIX.length()).split("\n", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!Now.clock().instant().isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(new Holder(parts[0], Set.copyOf(List.of(parts[1].split(","))), parts[2], expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
