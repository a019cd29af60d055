package io.bastion.supervision.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Notifications: written in the transaction of what they report, and once that commits, offered to
 * the live streams open on this instance. The inbox is the record; the stream is a convenience a
 * client falls back from to the inbox after a reconnect.
 */
@ApplicationScoped
public class Notifications {

    public static final String TOWNSHIP_OPERATOR = "township-operator";
    public static final String COUNTY_ADMIN = "county-admin";
    /** How many missed notifications a reconnecting stream is sent before the live ones; the inbox has the rest. */
    static final int CATCH_UP = 500;

    /** Someone reading: an account with roles, acting for a division. */
    public record Reader(String account, Set<String> roles, String division) {
        boolean reaches(Notification n) {
            return roles.contains(n.recipientRole) && n.recipientDivision.startsWith(division);
        }
    }

    /** A notification and whether this reader has read it. */
    public record Delivered(Notification notification, boolean read) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final BroadcastProcessor<Notification> live = BroadcastProcessor.create();

    /** Notifies everyone with the role within the division, after the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(String role, String division, String kind, String villageCode, String reference, List<String> arguments) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientRole = role;
        n.recipientDivision = division;
        n.kind = kind;
        try {
            n.arguments = json.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("arguments not serialisable", e);
        }
        n.villageCode = villageCode;
        n.reference = reference;
        n.createdAt = Now.timestamp();
        n.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    live.onNext(n);
                }
            }
        });
    }

    /** The reader's inbox, newest first, after the cursor's notification. */
    public List<Delivered> inbox(Reader reader, Boolean unread, String kind, OffsetDateTime beforeTime, UUID beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select n, (select r.readAt from NotificationRead r where r.notificationId = n.id"
                + " and r.account = :a) from Notification n where n.recipientRole in :roles and n.recipientDivision like :division");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("a", reader.account());
        p.put("roles", reader.roles());
        p.put("division", reader.division() + "%");
        if (kind != null) {
            jpql.append(" and n.kind = :kind");
            p.put("kind", kind);
        }
        if (beforeTime != null) {
            jpql.append(" and (n.createdAt < :beforeTime or (n.createdAt = :beforeTime and n.id < :beforeId))");
            p.put("beforeTime", beforeTime);
            p.put("beforeId", beforeId);
        }
        if (unread != null) {
            jpql.append(unread ? " and not" : " and").append(" exists (select r.readAt from NotificationRead r where r.notificationId = n.id"
                    + " and r.account = :a)");
        }
        var query = em.createQuery(jpql + " order by n.createdAt desc, n.id desc", Object[].class);
        p.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(row -> new Delivered((Notification) row[0], row[1] != null)).toList();
    }

    public Notification reachable(Reader reader, UUID id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !reader.reaches(n)) {
            throw new NotFound("notification", id.toString());
        }
        return n;
    }

    /** Marks it read for this reader; reading it again changes nothing. */
    @Transactional
    public void markRead(Reader reader, UUID id) {
        reachable(reader, id);
        em.createNativeQuery("insert into notification_read (notification_id, account, read_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, id).setParameter(2, reader.account()).setParameter(3, Now.timestamp()).executeUpdate();
    }

    /**
     * The reader's notifications from a point on: those after the last one it received (a stream's
     * {@code Last-Event-ID}), oldest first, at most {@value #CATCH_UP} of them, then each new one as it
     * commits. Listening starts before the look back, so nothing committed in between is lost, and
     * what the look back found is not sent twice.
     */
    public Multi<Notification> following(Reader reader, OffsetDateTime afterTime, UUID afterId) {
        UnicastProcessor<Notification> arriving = UnicastProcessor.create();
        live.filter(reader::reaches).subscribe().withSubscriber(arriving);
        if (afterTime == null) {
            return arriving;
        }
        List<Notification> missed = since(reader, afterTime, afterId);
        Set<UUID> sent = missed.stream().map(n -> n.id).collect(Collectors.toSet());
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(missed), arriving.filter(n -> !sent.contains(n.id)));
    }

    private List<Notification> since(Reader reader, OffsetDateTime afterTime, UUID afterId) {
        return em.createQuery("from Notification n where n.recipientRole in :roles and n.recipientDivision like :division"
                        + " and (n.createdAt > :t or (n.createdAt = :t and n.id > :id)) order by n.createdAt, n.id", Notification.class)
                .setParameter("roles", reader.roles())
                .setParameter("division", reader.division() + "%")
                .setParameter("t", afterTime)
                .setParameter("id", afterId)
                .setMaxResults(CATCH_UP)
                .getResultList();
    }
}
