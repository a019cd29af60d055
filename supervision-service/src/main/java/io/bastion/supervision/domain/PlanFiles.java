package io.bastion.supervision.domain;

import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Keeps where each plan stands from plan-service's events; an event older than the version held changes nothing. */
@ApplicationScoped
public class PlanFiles {

    @Inject
    EntityManager em;

    @Inject
    CountyFacts facts;

    @Inject
    SupervisionCalendar calendar;

    @Transactional(Transactional.TxType.MANDATORY)
    public void stage(UUID planId, UUID caseId, String villageCode, int campaignYear, String stage, int returns, boolean beyond, int version) {
        em.createNativeQuery("insert into plan_file (plan_id, case_id, village_code, township_code, campaign_year, stage, returns,"
                        + " beyond_usual_rounds, plan_version, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                        + " on conflict (plan_id) do update set stage = excluded.stage, returns = excluded.returns,"
                        + " beyond_usual_rounds = excluded.beyond_usual_rounds, plan_version = excluded.plan_version,"
                        + " updated_at = excluded.updated_at where plan_file.plan_version < excluded.plan_version")
                .setParameter(1, planId).setParameter(2, caseId).setParameter(3, villageCode).setParameter(4, villageCode.substring(0, 9))
                .setParameter(5, campaignYear).setParameter(6, stage).setParameter(7, returns).setParameter(8, beyond)
                .setParameter(9, version).setParameter(10, Now.timestamp()).executeUpdate();
    }

    /** A plan approved counts on the day; each return by the audit counts once, by its round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(UUID planId, String villageCode, String stage, int returns, OffsetDateTime at) {
        String township = villageCode.substring(0, 9);
        LocalDate on = calendar.day(at);
        if ("APPROVED".equals(stage)) {
            facts.record("plan-approved", planId.toString(),
                    List.of(Fact.once(Figure.PLANS_APPROVED, planId.toString(), villageCode, township, on, null)));
        } else if ("RETURNED".equals(stage)) {
            String round = planId + ":" + returns;
            facts.record("plan-return", round, List.of(Fact.once(Figure.PLAN_RETURNS, round, villageCode, township, on, null)));
        }
    }
}
