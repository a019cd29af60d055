package io.bastion.supervision.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The acceptance checklists: the national one every county starts from, and a county's own once it
 * sets one. Items' weights always total 100.
 */
@ApplicationScoped
public class Checklist {

    /** An item as the county writes it. */
    public record ItemDraft(String code, String title, Integer weight) {
    }

    /** The division of the national checklist, which no county can change. */
    public static final String NATIONAL = "";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The checklist a county's acceptances are scored against: its own, or else the national one. */
    public List<ChecklistItem> items(String county) {
        List<ChecklistItem> own = of(county);
        return own.isEmpty() ? of(NATIONAL) : own;
    }

    private List<ChecklistItem> of(String division) {
        return em.createQuery("from ChecklistItem where division = :d order by position", ChecklistItem.class)
                .setParameter("d", division).getResultList();
    }

    /**
     * Replaces the county's own checklist (the actor's county), leaving the national one and every other
     * county's as they are; acceptances already scored keep the scores they were given.
     */
    @Transactional
    public List<ChecklistItem> replace(List<ItemDraft> drafts, Actor actor) {
        List<Violation> v = violations(drafts);
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-checklist", v);
        }
        String county = actor.county();
        em.createQuery("delete from ChecklistItem where division = :d").setParameter("d", county).executeUpdate();
        for (int i = 0; i < drafts.size(); i++) {
            ChecklistItem item = new ChecklistItem();
            item.division = county;
            item.code = drafts.get(i).code();
            item.title = drafts.get(i).title().trim();
            item.weight = drafts.get(i).weight();
            item.position = i + 1;
            item.persist();
        }
        audit.record(actor, "checklist.replace", "checklist", county, county, drafts);
        return of(county);
    }

    static List<Violation> violations(List<ItemDraft> drafts) {
        List<Violation> v = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            v.add(new Violation("items", "required", null));
            return v;
        }
        Set<String> codes = new HashSet<>();
        int total = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            String at = "items[" + i + "]";
            if (d == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            if (d.code() == null || !d.code().matches("[A-Z][A-Z0-9_]{1,29}")) {
                v.add(new Violation(at + ".code", "item-code", d.code()));
            } else if (!codes.add(d.code())) {
                v.add(new Violation(at + ".code", "duplicate", d.code()));
            }
            if (d.title() == null || d.title().isBlank()) {
                v.add(new Violation(at + ".title", "required", null));
            } else if (d.title().length() > 200) {
                v.add(new Violation(at + ".title", "max-length", d.title().length(), 200));
            }
            if (d.weight() == null || d.weight() < 1 || d.weight() > 100) {
                v.add(new Violation(at + ".weight", "range", d.weight(), 1, 100));
            } else {
                total += d.weight();
            }
        }
        if (v.isEmpty() && total != 100) {
            v.add(new Violation("items", "weights-total-100", total));
        }
        return v;
    }
}
