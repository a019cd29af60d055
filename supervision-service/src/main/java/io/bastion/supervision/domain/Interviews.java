package io.bastion.supervision.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.TownshipEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Admonitory interviews (约谈): proposed by the rules where progress is slow, recorded, and followed up. */
@ApplicationScoped
public class Interviews {

    /** A township the rules propose to interview, and the grounds met. */
    public record Proposal(String townshipCode, List<InterviewRules.Ground> grounds) {
    }

    /** What the follow-up found. */
    public record FollowUpDraft(LocalDate followedUpOn, Boolean kept, String note) {
    }

    @ConfigProperty(name = "bastion.supervision.interview.window-days")
    int windowDays;

    @ConfigProperty(name = "bastion.supervision.interview.missed-reports")
    int missedReports;

    @ConfigProperty(name = "bastion.supervision.interview.overdue-measures")
    int overdueMeasures;

    @ConfigProperty(name = "bastion.supervision.interview.failed-acceptances")
    int failedAcceptances;

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    WeeklyReports reports;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    public Interview get(UUID id) {
        Interview i = em.find(Interview.class, id);
        if (i == null) {
            throw new NotFound("interview", id.toString());
        }
        return i;
    }

    /** A page of those the caller reaches, by id (keyset). */
    public List<Interview> list(String township, UUID after, int limit) {
        return em.createQuery("from Interview where (:t is null or townshipCode = :t)"
                        + " and (:after is null or id > :after) order by id", Interview.class)
                .setParameter("t", township).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    /** The townships whose progress the rules find slow now, with the grounds met. */
    public List<Proposal> proposals(String scope) {
        OffsetDateTime now = reports.now();
        LocalDate today = now.atZoneSameInstant(calendar.zone()).toLocalDate();
        ReportWeek last = ReportWeek.of(today).previous();
        ReportWeek first = ReportWeek.of(today.minusDays(windowDays));
        Map<String, Long> missed = reports.standings(scope, null, first, last).stream()
                .filter(g -> g.standing() == ReportDuty.Standing.MISSING)
                .collect(Collectors.groupingBy(WeeklyReports.Gap::townshipCode, Collectors.counting()));
        Map<String, Long> overdue = counts("select o.township_code, count(*) from overdue_measure o where o.resolved_at is null"
                + " and o.township_code like ?1 group by o.township_code", scope, null);
        Map<String, Long> failed = counts("select a.township_code, count(*) from acceptance a where a.status = 'FAILED'"
                + " and a.township_code like ?1 and a.assessed_at >= ?2 group by a.township_code", scope, now.minusDays(windowDays));
        Map<String, Long> interviewed = counts("select i.township_code, count(*) from interview i where i.township_code like ?1"
                + " and i.interviewed_on >= ?2 group by i.township_code", scope, now.minusDays(windowDays));
        InterviewRules.Thresholds thresholds = new InterviewRules.Thresholds(missedReports, overdueMeasures, failedAcceptances);
        TreeSet<String> townships = new TreeSet<>(missed.keySet());
        townships.addAll(overdue.keySet());
        townships.addAll(failed.keySet());
        List<Proposal> proposals = new ArrayList<>();
        for (String t : townships) {
            List<InterviewRules.Ground> grounds = InterviewRules.grounds(missed.getOrDefault(t, 0L), overdue.getOrDefault(t, 0L),
                    failed.getOrDefault(t, 0L), thresholds);
            if (InterviewRules.proposes(grounds, interviewed.containsKey(t))) {
                proposals.add(new Proposal(t, grounds));
            }
        }
        return proposals;
    }

    @Transactional
    public Interview record(InterviewDraft draft, Actor actor) {
        List<Violation> v = draft.violations(calendar.today());
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-interview", v);
        }
        OffsetDateTime now = Now.timestamp();
        Interview i = new Interview();
        i.id = UUID.randomUUID();
        i.townshipCode = draft.townshipCode();
        i.interviewedOn = draft.interviewedOn();
        i.interviewers = trimmed(draft.interviewers());
        i.interviewees = write(draft.interviewees());
        i.grounds = draft.grounds().toArray(String[]::new);
        i.issues = draft.issues().trim();
        i.commitments = draft.commitments().trim();
        i.followUpBy = draft.followUpBy();
        i.recordedBy = actor.name();
        i.recordedAt = now;
        i.createdAt = now;
        i.updatedAt = now;
        i.persist();
        facts.record("interview", i.id.toString(), List.of(Fact.once(Figure.INTERVIEWS_HELD, i.id.toString(), null, i.townshipCode,
                i.interviewedOn, null)));
        outbox.append(new TownshipEvent(TownshipEvent.INTERVIEW_HELD, i.id, i.townshipCode, null, i.interviewedOn, List.of(i.grounds),
                i.followUpBy, null));
        audit.record(actor, "interview.record", "interview", i.id.toString(), i.townshipCode, draft);
        return i;
    }

    /** The follow-up: were the commitments kept? */
    @Transactional
    public Interview followUp(UUID id, int expectedVersion, FollowUpDraft draft, Actor actor) {
        Interview i = em.find(Interview.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw new NotFound("interview", id.toString());
        }
        i.requireVersion(expectedVersion, "interview", id.toString());
        if (i.kept != null) {
            throw new Conflict("interview-followed-up", id, i.followUpOn);
        }
        List<Violation> v = new ArrayList<>();
        if (draft.followedUpOn() == null) {
            v.add(new Violation("followedUpOn", "required", null));
        } else if (draft.followedUpOn().isAfter(calendar.today()) || draft.followedUpOn().isBefore(i.interviewedOn)) {
            v.add(new Violation("followedUpOn", "between-interview-and-today", draft.followedUpOn().toString(), i.interviewedOn.toString()));
        }
        if (draft.kept() == null) {
            v.add(new Violation("kept", "required", null));
        }
        TextRules.required(v, "note", draft.note(), 4000);
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-interview", v);
        }
        i.followUpOn = draft.followedUpOn();
        i.kept = draft.kept();
        i.followUpNote = draft.note().trim();
        i.updatedAt = Now.timestamp();
        audit.record(actor, "interview.follow-up", "interview", i.id.toString(), i.townshipCode, draft);
        return i;
    }

    private Map<String, Long> counts(String sql, String scope, OffsetDateTime since) {
        var query = em.createNativeQuery(sql).setParameter(1, scope + "%");
        if (since != null) {
            query.setParameter(2, since);
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static String[] trimmed(List<String> values) {
        return values.stream().map(String::trim).toArray(String[]::new);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
