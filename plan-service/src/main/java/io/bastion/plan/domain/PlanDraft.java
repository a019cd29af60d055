package io.bastion.plan.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A plan as the township writes it. A draft may be incomplete (the audit's findings say what is
 * missing), but what it says must make sense: categories of the case, measures of problems that
 * exist, remedies and decisions from their lists, and meeting figures that add up.
 */
public record PlanDraft(UUID caseId, String goals, List<PlanProblem> problems, List<MeasureDraft> measures,
                        CommitteeMeeting committeeMeeting, RepresentativesMeeting representativesMeeting) {

    static final int MAX_PROBLEMS = 50;
    static final int MAX_MEASURES = 200;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final String REMEDIES = Arrays.toString(Remedy.values());

    /**
     * The draft as it is kept: text trimmed, empty optional text dropped, so that a draft which
     * differs only in surrounding spaces is recognised as no change.
     */
    public PlanDraft normalized() {
        List<PlanProblem> p = problemList().stream().map(x -> x == null ? null
                : new PlanProblem(x.key(), x.category(), trim(x.description()), optional(x.evidence()))).toList();
        List<MeasureDraft> m = measureList().stream().map(x -> x == null ? null
                : new MeasureDraft(x.key(), x.problem(), trim(x.action()), x.remedy(), optional(x.responsiblePerson()),
                optional(x.responsiblePost()), optional(x.responsibleUnit()), x.deadline(), optional(x.expectedResult()))).toList();
        CommitteeMeeting c = committeeMeeting == null ? null : new CommitteeMeeting(committeeMeeting.date(),
                committeeMeeting.attendees() == null ? null : committeeMeeting.attendees().stream().map(PlanDraft::trim).toList(),
                committeeMeeting.decision(), optional(committeeMeeting.minutes()));
        RepresentativesMeeting r = representativesMeeting == null ? null : new RepresentativesMeeting(representativesMeeting.date(),
                representativesMeeting.representativesTotal(), representativesMeeting.present(), representativesMeeting.inFavour(),
                representativesMeeting.against(), representativesMeeting.abstain(), optional(representativesMeeting.opinions()));
        return new PlanDraft(caseId, trim(goals), p, m, c, r);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public List<PlanProblem> problemList() {
        return problems == null ? List.of() : problems;
    }

    public List<MeasureDraft> measureList() {
        return measures == null ? List.of() : measures;
    }

    /** Every rule the draft breaks for a case with these categories, as of {@code today}. */
    public List<Violation> violations(Set<String> caseCategories, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.check(v, "goals", goals, 4000, true);
        if (problemList().size() > MAX_PROBLEMS) {
            v.add(new Violation("problems", "max-items", problemList().size(), MAX_PROBLEMS));
        }
        if (measureList().size() > MAX_MEASURES) {
            v.add(new Violation("measures", "max-items", measureList().size(), MAX_MEASURES));
        }
        Set<String> problemKeys = new HashSet<>();
        for (int i = 0; i < problemList().size(); i++) {
            PlanProblem p = problemList().get(i);
            String at = "problems[" + i + "]";
            if (p == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            key(v, at + ".key", p.key(), problemKeys);
            if (p.category() == null || p.category().isBlank()) {
                v.add(new Violation(at + ".category", "required", null));
            } else if (!caseCategories.contains(p.category())) {
                v.add(new Violation(at + ".category", "category-of-case", p.category(), String.join(", ", caseCategories)));
            }
            TextRules.check(v, at + ".description", p.description(), 2000, true);
            TextRules.check(v, at + ".evidence", p.evidence(), 4000, false);
        }
        Set<String> measureKeys = new HashSet<>();
        for (int i = 0; i < measureList().size(); i++) {
            MeasureDraft m = measureList().get(i);
            String at = "measures[" + i + "]";
            if (m == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            key(v, at + ".key", m.key(), measureKeys);
            if (m.problem() == null || m.problem().isBlank()) {
                v.add(new Violation(at + ".problem", "required", null));
            } else if (!problemKeys.contains(m.problem())) {
                v.add(new Violation(at + ".problem", "problem-exists", m.problem()));
            }
            TextRules.check(v, at + ".action", m.action(), 2000, true);
            if (m.remedy() != null && Arrays.stream(Remedy.values()).noneMatch(r -> r.name().equals(m.remedy()))) {
                v.add(new Violation(at + ".remedy", "one-of", m.remedy(), REMEDIES));
            }
            TextRules.check(v, at + ".responsiblePerson", m.responsiblePerson(), 50, false);
            TextRules.check(v, at + ".responsiblePost", m.responsiblePost(), 100, false);
            TextRules.check(v, at + ".responsibleUnit", m.responsibleUnit(), 100, false);
            TextRules.check(v, at + ".expectedResult", m.expectedResult(), 2000, false);
        }
        committee(v, today);
        representatives(v, today);
        return v;
    }

    private void committee(List<Violation> v, LocalDate today) {
        CommitteeMeeting c = committeeMeeting;
        if (c == null) {
            return;
        }
        pastDate(v, "committeeMeeting.date", c.date(), today);
        if (c.attendees() == null || c.attendees().isEmpty()) {
            v.add(new Violation("committeeMeeting.attendees", "required", null));
        } else {
            for (int i = 0; i < c.attendees().size(); i++) {
                TextRules.check(v, "committeeMeeting.attendees[" + i + "]", c.attendees().get(i), 50, true);
            }
        }
        if (c.decision() == null) {
            v.add(new Violation("committeeMeeting.decision", "required", null));
        } else if (!CommitteeMeeting.ADOPTED.equals(c.decision()) && !CommitteeMeeting.NOT_ADOPTED.equals(c.decision())) {
            v.add(new Violation("committeeMeeting.decision", "one-of", c.decision(), "[ADOPTED, NOT_ADOPTED]"));
        }
        TextRules.check(v, "committeeMeeting.minutes", c.minutes(), 4000, false);
    }

    private void representatives(List<Violation> v, LocalDate today) {
        RepresentativesMeeting r = representativesMeeting;
        if (r == null) {
            return;
        }
        String at = "representativesMeeting.";
        pastDate(v, at + "date", r.date(), today);
        if (r.representativesTotal() == null) {
            v.add(new Violation(at + "representativesTotal", "required", null));
        } else if (r.representativesTotal() < 1) {
            v.add(new Violation(at + "representativesTotal", "positive", r.representativesTotal()));
        }
        boolean counted = true;
        for (String[] field : new String[][]{{"present", str(r.present())}, {"inFavour", str(r.inFavour())},
                {"against", str(r.against())}, {"abstain", str(r.abstain())}}) {
            if (field[1] == null) {
                v.add(new Violation(at + field[0], "required", null));
                counted = false;
            } else if (Integer.parseInt(field[1]) < 0) {
                v.add(new Violation(at + field[0], "not-negative", Integer.parseInt(field[1])));
                counted = false;
            }
        }
        if (!counted) {
            return;
        }
        if (r.representativesTotal() != null && r.present() > r.representativesTotal()) {
            v.add(new Violation(at + "present", "not-more-than-total", r.present(), r.representativesTotal()));
        }
        int votes = r.inFavour() + r.against() + r.abstain();
        if (votes > r.present()) {
            v.add(new Violation(at + "inFavour", "votes-within-present", votes, r.present()));
        }
        TextRules.check(v, at + "opinions", r.opinions(), 4000, false);
    }

    private static String str(Integer value) {
        return value == null ? null : value.toString();
    }

    private static void key(List<Violation> v, String field, String key, Set<String> seen) {
        if (key == null || key.isBlank()) {
            v.add(new Violation(field, "required", null));
        } else if (!KEY.matcher(key).matches()) {
            v.add(new Violation(field, "key", key));
        } else if (!seen.add(key)) {
            v.add(new Violation(field, "duplicate", key));
        }
    }

    private static void pastDate(List<Violation> v, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            v.add(new Violation(field, "required", null));
        } else if (date.isAfter(today)) {
            v.add(new Violation(field, "not-in-the-future", date.toString()));
        }
    }
}
