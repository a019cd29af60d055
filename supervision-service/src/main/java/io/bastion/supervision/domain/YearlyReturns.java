package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * Which case villages never recorded their figures for their campaign year: the yearly figures
 * (Party members, venues, audits…) leave them out, and a reader must be told rather than see a 0.
 */
@ApplicationScoped
public class YearlyReturns {

    /** A village whose figures for a campaign year are not recorded. */
    public record Missing(String villageCode, int year) {
    }

    /** What is missing in a range: how many village-years, and the first of them in code order. */
    public record Unreported(int count, List<Missing> first) {
    }

    static final int SHOWN = 100;

    @Inject
    EntityManager em;

    /**
     * The case villages of the division whose campaign year falls in the range and whose figures for
     * that year never arrived (fact_source keeps every year village-service announced).
     */
    @SuppressWarnings("unchecked")
    public Unreported missing(LocalDate from, LocalDate to, String division) {
        List<Object[]> rows = em.createNativeQuery("select distinct c.village_code, c.campaign_year from case_file c"
                        + " where c.village_code like ?1 and c.campaign_year between ?2 and ?3"
                        + " and not exists (select 1 from fact_source s where s.source = 'indicators'"
                        + " and s.source_id = c.village_code || ':' || c.campaign_year)"
                        + " order by c.village_code, c.campaign_year")
                .setParameter(1, division + "%").setParameter(2, from.getYear()).setParameter(3, to.getYear()).getResultList();
        List<Missing> missing = rows.stream().map(r -> new Missing((String) r[0], ((Number) r[1]).intValue())).toList();
        return new Unreported(missing.size(), missing.stream().limit(SHOWN).toList());
    }
}
