package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.TeamMemberChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The two committees and reserve cadres of every village, tenure by tenure. */
@ApplicationScoped
public class TeamRoster {

    public static final String INVALID = "invalid-team-member";
    /** {@link TeamMember#inOffice()} as a query condition on {@code m}. */
    private static final String IN_OFFICE = "m.endedOn is null and m.voidedOn is null";

    @Inject
    EntityManager em;

    @Inject
    VillageRegistry villages;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;


    public List<TeamMember> of(String villageCode, boolean inOfficeOnly) {
        villages.get(villageCode);
        return em.createQuery("from TeamMember m where m.villageCode = :code" + (inOfficeOnly ? " and " + IN_OFFICE : "")
                        + " order by m.endedOn nulls first, m.role, m.startedOn, m.id", TeamMember.class)
                .setParameter("code", villageCode).getResultList();
    }

    public TeamMember get(String villageCode, UUID id) {
        TeamMember member = em.find(TeamMember.class, id);
        if (member == null || !member.villageCode.equals(villageCode)) {
            throw new NotFound("team-member", id.toString());
        }
        return member;
    }

    @Transactional
    public TeamMember appoint(String villageCode, TeamMemberDraft draft, Actor actor) {
        villages.get(villageCode);
        check(draft);
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        member.villageCode = villageCode;
        member.apply(draft);
        requireOneSecretary(member);
        member.createdAt = Now.timestamp();
        member.updatedAt = member.createdAt;
        em.persist(member);
        em.flush();
        outbox.append(TeamMemberChanged.of(member));
        audit.record(actor, "team.appoint", "team-member", member.id.toString(), member.villageCode, draft);
        return member;
    }

    /** Corrects a member's record or ends their tenure (endedOn with a leaving reason). */
    @Transactional
    public TeamMember revise(String villageCode, UUID id, int expectedVersion, TeamMemberDraft draft, Actor actor) {
        TeamMember member = changeable(villageCode, id, expectedVersion);
        check(draft);
        if (member.toDraft().equals(draft)) {
            return member;
        }
        member.apply(draft);
        requireOneSecretary(member);
        member.updatedAt = Now.timestamp();
        em.flush();
        outbox.append(TeamMemberChanged.of(member));
        audit.record(actor, "team.revise", "team-member", id.toString(), member.villageCode, draft);
        return member;
    }

    /**
     * Voids a tenure entered by mistake (the wrong person, a village it never was): it stays to be read,
     * with who voided it and why, is in office nowhere and counts as nothing.
     */
    @Transactional
    public TeamMember voidTenure(String villageCode, UUID id, int expectedVersion, String reason, Actor actor) {
        TeamMember member = changeable(villageCode, id, expectedVersion);
        member.voidBy(actor, reason, Now.today());
        em.flush();
        outbox.append(TeamMemberChanged.of(member));
        audit.record(actor, "team.void", "team-member", id.toString(), member.villageCode, Map.of("reason", reason));
        return member;
    }

    private TeamMember changeable(String villageCode, UUID id, int expectedVersion) {
        TeamMember member = get(villageCode, id);
        member.requireVersion(expectedVersion, "team-member", id.toString());
        member.requireNotVoided("team-member-voided", id);
        return member;
    }

    /** The county's counts over {@code from}..{@code to} (both included) for villages under {@code prefix}. */
    public TeamCounts counts(String prefix, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("invalid-period", new Violation("to", "not-before-start", to.toString(), from.toString()));
        }
        List<TeamMember> members = em.createQuery("from TeamMember m where m.villageCode like :prefix"
                        + " and m.voidedOn is null and (m.startedOn between :from and :to or m.endedOn between :from and :to)",
                        TeamMember.class)
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        // docs/figures.md: an appointment is a tenure that began in the period and was not already running
        // when the campaign began; the Party branch's members are its deputies and members, not the secretary.
        Predicate<TeamMember> appointedInPeriod = m -> !m.incumbent && !m.startedOn.isBefore(from) && !m.startedOn.isAfter(to);
        return new TeamCounts(from, to,
                bySource(members, appointedInPeriod.and(m -> m.role == TeamRole.SECRETARY)),
                bySource(members, appointedInPeriod.and(m -> m.committee == Committee.PARTY_BRANCH
                        && (m.role == TeamRole.MEMBER || m.role == TeamRole.DEPUTY_SECRETARY))),
                (int) members.stream().filter(m -> m.endedOn != null && !m.endedOn.isBefore(from) && !m.endedOn.isAfter(to)
                        && m.leavingReason.countsAsAdjustment()).count(),
                (int) members.stream().filter(appointedInPeriod.and(m -> m.role == TeamRole.RESERVE_CADRE)).count());
    }

    private static TeamCounts.BySource bySource(List<TeamMember> members, Predicate<TeamMember> which) {
        Map<AppointmentSource, Integer> counts = new EnumMap<>(AppointmentSource.class);
        for (AppointmentSource source : AppointmentSource.values()) {
            counts.put(source, 0);
        }
        members.stream().filter(which).forEach(m -> counts.merge(m.appointmentSource, 1, Integer::sum));
        return new TeamCounts.BySource(counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
    }

    private void check(TeamMemberDraft draft) {
        List<Violation> violations = draft.violations(Now.today());
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
    }

    /**
     * A village has one Party branch secretary in office, and a person is secretary of one village:
     * the old one leaves before the new one starts.
     */
    private void requireOneSecretary(TeamMember member) {
        if (member.role != TeamRole.SECRETARY || !member.inOffice()) {
            return;
        }
        em.createQuery("from TeamMember m where m.villageCode = :code and m.role = :role and " + IN_OFFICE
                                + " and m.id <> :id",
                        TeamMember.class)
                .setParameter("code", member.villageCode).setParameter("role", TeamRole.SECRETARY).setParameter("id", member.id)
                .getResultStream().findFirst()
                .ifPresent(sitting -> {
                    throw new Conflict("secretary-in-office", member.villageCode, sitting.id);
                });
        // One person leads one village's Party branch: the same ID-card number in office elsewhere is a mistake.
        if (member.idCardNumber != null) {
            em.createQuery("from TeamMember m where m.idCardNumber = :number and m.role = :role and " + IN_OFFICE
                            + " and m.villageCode <> :code", TeamMember.class)
                    .setParameter("number", member.idCardNumber).setParameter("role", TeamRole.SECRETARY)
                    .setParameter("code", member.villageCode)
                    .getResultStream().findFirst()
                    .ifPresent(elsewhere -> {
                        throw new Conflict("secretary-elsewhere", elsewhere.villageCode, elsewhere.id);
                    });
        }
    }
}
