package io.bastion.supervision.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.BulletinPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Periodic bulletins (定期通报): generated from the records of a period, edited as a draft, and
 * published once, after which they never change; publication notifies every township ranked.
 */
@ApplicationScoped
public class Bulletins {

    /** What generating a bulletin needs: the period and, optionally, a title. */
    public record Request(LocalDate from, LocalDate to, String title) {
    }

    @Inject
    EntityManager em;

    @Inject
    BulletinStandings standings;

    @Inject
    Notifications notifications;

    @Inject
    CountyFacts facts;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    SupervisionCalendar calendar;

    public Bulletin get(UUID id) {
        Bulletin b = em.find(Bulletin.class, id);
        if (b == null) {
            throw new NotFound("bulletin", id.toString());
        }
        return b;
    }

    /** Those the caller reaches (its division's, and its county's), by id; drafts only for those who may edit them. */
    public List<Bulletin> list(Bulletin.Status status, boolean withDrafts, UUID after, int limit) {
        StringBuilder jpql = new StringBuilder("from Bulletin b where 1 = 1");
        if (status != null) {
            jpql.append(" and b.status = :status");
        }
        if (!withDrafts) {
            jpql.append(" and b.status = :published");
        }
        if (after != null) {
            jpql.append(" and b.id > :after");
        }
        var query = em.createQuery(jpql.append(" order by b.id").toString(), Bulletin.class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!withDrafts) {
            query.setParameter("published", Bulletin.Status.PUBLISHED);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    @Transactional
    public Bulletin generate(Request request, String division, Actor actor) {
        List<Violation> v = new ArrayList<>();
        if (request.from() == null) {
            v.add(new Violation("from", "required", null));
        }
        if (request.to() == null) {
            v.add(new Violation("to", "required", null));
        } else if (request.to().isAfter(calendar.today())) {
            v.add(new Violation("to", "not-in-the-future", request.to().toString()));
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            v.add(new Violation("to", "not-before-from", request.to().toString(), request.from().toString()));
        }
        TextRules.check(v, "title", request.title(), 200, false);
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-bulletin", v);
        }
        OffsetDateTime now = Now.timestamp();
        Bulletin b = new Bulletin();
        b.id = UUID.randomUUID();
        b.division = division;
        b.periodFrom = request.from();
        b.periodTo = request.to();
        b.title = request.title() == null || request.title().isBlank()
                ? "软弱涣散村党组织整顿工作通报（" + request.from() + " 至 " + request.to() + "）" : request.title().trim();
        b.content = standings.generate(division, request.from(), request.to());
        b.status = Bulletin.Status.DRAFT;
        b.createdBy = actor.name();
        b.createdAt = now;
        b.updatedAt = now;
        b.persist();
        audit.record(actor, "bulletin.generate", "bulletin", b.id.toString(), b.division, request);
        return b;
    }

    @Transactional
    public Bulletin edit(UUID id, int expectedVersion, BulletinEdit edit, Actor actor) {
        List<Violation> v = edit.violations();
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-bulletin", v);
        }
        Bulletin b = draft(id, expectedVersion);
        if (edit.title() != null) {
            b.title = edit.title().trim();
        }
        if (edit.preface() != null) {
            b.preface = edit.preface().isBlank() ? null : edit.preface().trim();
        }
        if (edit.closing() != null) {
            b.closing = edit.closing().isBlank() ? null : edit.closing().trim();
        }
        if (edit.praised() != null || edit.criticized() != null) {
            b.content = new BulletinContent(b.content.ranking(), edit.praised() == null ? b.content.praised() : List.copyOf(edit.praised()),
                    edit.criticized() == null ? b.content.criticized() : List.copyOf(edit.criticized()));
        }
        b.updatedAt = Now.timestamp();
        em.flush();
        audit.record(actor, "bulletin.edit", "bulletin", b.id.toString(), b.division, edit);
        return b;
    }

    /** Freezes the bulletin as it reads now and tells every township it ranks, and the county. */
    @Transactional
    public Bulletin publish(UUID id, int expectedVersion, Actor actor) {
        Bulletin b = draft(id, expectedVersion);
        Document text = BulletinText.of(b);
        b.markdown = DocumentWriter.markdown(text);
        b.html = DocumentWriter.html(text);
        b.status = Bulletin.Status.PUBLISHED;
        b.publishedBy = actor.name();
        b.publishedAt = Now.timestamp();
        b.updatedAt = b.publishedAt;
        em.flush();
        for (BulletinContent.TownshipStanding s : b.content.ranking()) {
            notifications.notify(Notifications.TOWNSHIP_OPERATOR, s.townshipCode(), "bulletin-published", null, b.id.toString(),
                    List.of(b.title, String.valueOf(s.rank()), String.valueOf(b.content.ranking().size())));
        }
        notifications.notify(Notifications.COUNTY_ADMIN, b.division, "bulletin-published-county", null, b.id.toString(),
                List.of(b.title, String.valueOf(b.content.ranking().size())));
        facts.record("bulletin", b.id.toString(), List.of(Fact.once(Figure.BULLETINS_PUBLISHED, b.id.toString(), null, b.division,
                calendar.day(b.publishedAt), null)));
        outbox.append(BulletinPublished.of(b));
        audit.record(actor, "bulletin.publish", "bulletin", b.id.toString(), b.division, null);
        return b;
    }

    /** The bulletin as Markdown or HTML: as published, or as the draft reads now. */
    public String markdown(Bulletin b) {
        return b.status == Bulletin.Status.PUBLISHED ? b.markdown : DocumentWriter.markdown(BulletinText.of(b));
    }

    public String html(Bulletin b) {
        return b.status == Bulletin.Status.PUBLISHED ? b.html : DocumentWriter.html(BulletinText.of(b));
    }

    private Bulletin draft(UUID id, int expectedVersion) {
        Bulletin b = em.find(Bulletin.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw new NotFound("bulletin", id.toString());
        }
        if (b.status == Bulletin.Status.PUBLISHED) {
            throw new Conflict("bulletin-published", b.title, b.publishedAt.toLocalDate().toString());
        }
        b.requireVersion(expectedVersion, "bulletin", id.toString());
        return b;
    }
}
