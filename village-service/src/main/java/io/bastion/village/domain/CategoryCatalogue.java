package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The weakness categories of each campaign year: the national list, extended by the county. */
@ApplicationScoped
public class CategoryCatalogue {

    public static final String INVALID = "invalid-category";
    /** A category is named in a phrase, as on the national list. */
    static final int NAME_MAX = 40;
    static final int NAME_EN_MAX = 120;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The catalogue of a campaign year as the caller reads it: the national list, then its counties' own. */
    public List<WeaknessCategory> of(int year) {
        return em.createQuery("from WeaknessCategory c where c.campaignYear in (0, :year)"
                        + " order by c.campaignYear, c.division, c.position", WeaknessCategory.class)
                .setParameter("year", year).getResultList();
    }

    /** The catalogue of a county's campaign year: the national list, then the county's own. */
    public List<WeaknessCategory> of(int year, String county) {
        return em.createQuery("from WeaknessCategory c where c.campaignYear in (0, :year) and c.division in ('', :county)"
                        + " order by c.campaignYear, c.position", WeaknessCategory.class)
                .setParameter("year", year).setParameter("county", county).getResultList();
    }

    @Transactional
    public WeaknessCategory add(int year, String code, String name, String nameEn, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            violations.add(new Violation("code", "category-code", code));
        }
        TextRules.required(violations, "name", name, NAME_MAX);
        TextRules.required(violations, "nameEn", nameEn, NAME_EN_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
        List<WeaknessCategory> current = of(year, actor.county());
        if (current.stream().anyMatch(c -> c.code.equals(code))) {
            throw new Conflict("category-exists", code, year);
        }
        WeaknessCategory category = new WeaknessCategory();
        category.division = actor.county();
        category.campaignYear = year;
        category.code = code;
        category.name = name.trim();
        category.nameEn = nameEn.trim();
        category.position = current.stream().mapToInt(c -> c.position).max().orElse(0) + 1;
        em.persist(category);
        audit.record(actor, "category.add", "category", year + "/" + code, category.division, Map.of("name", category.name, "nameEn", category.nameEn));
        return category;
    }
}
