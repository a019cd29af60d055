package io.bastion.plan.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a plan: the goals, each problem and measure (matched by the
 * township's key: added, removed or changed, field by field) and the two meetings.
 */
public record PlanDiff(List<FieldChange> plan, List<ItemChange> problems, List<ItemChange> measures) {

    /**
     * One field's values before and after, as a reviewer reads them: dates in ISO 8601, numbers in
     * decimal, a list's items joined by 、; absent where the field had no value.
     */
    public record FieldChange(String field, String before, String after) {

        static FieldChange of(String field, Object before, Object after) {
            return new FieldChange(field, text(before), text(after));
        }

        private static String text(Object value) {
            if (value instanceof List<?> items) {
                return items.stream().map(String::valueOf).collect(Collectors.joining("、"));
            }
            return value == null ? null : value.toString();
        }
    }

    public record ItemChange(String key, String change, List<FieldChange> fields) {
    }

    public static PlanDiff between(PlanDraft before, PlanDraft after) {
        List<FieldChange> plan = new ArrayList<>();
        if (!Objects.equals(before.goals(), after.goals())) {
            plan.add(FieldChange.of("goals", before.goals(), after.goals()));
        }
        plan.addAll(fields("committeeMeeting.", before.committeeMeeting(), after.committeeMeeting()));
        plan.addAll(fields("representativesMeeting.", before.representativesMeeting(), after.representativesMeeting()));
        return new PlanDiff(plan, items(before.problemList(), after.problemList(), PlanProblem::key),
                items(before.measureList(), after.measureList(), MeasureDraft::key));
    }

    public boolean isEmpty() {
        return plan.isEmpty() && problems.isEmpty() && measures.isEmpty();
    }

    private static <T extends Record> List<ItemChange> items(List<T> before, List<T> after, Function<T, String> key) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(item -> old.put(key.apply(item), item));
        List<ItemChange> changes = new ArrayList<>();
        for (T item : after) {
            T previous = old.remove(key.apply(item));
            if (previous == null) {
                changes.add(new ItemChange(key.apply(item), "ADDED", fields("", null, item)));
            } else {
                List<FieldChange> fields = fields("", previous, item);
                if (!fields.isEmpty()) {
                    changes.add(new ItemChange(key.apply(item), "CHANGED", fields));
                }
            }
        }
        old.forEach((k, item) -> changes.add(new ItemChange(k, "REMOVED", fields("", item, null))));
        return changes;
    }

    /** The components of two records of one type that differ; a missing record has none of its values. */
    private static List<FieldChange> fields(String prefix, Record before, Record after) {
        Record any = before != null ? before : after;
        List<FieldChange> changes = new ArrayList<>();
        if (any == null) {
            return changes;
        }
        for (RecordComponent component : any.getClass().getRecordComponents()) {
            Object a = value(component, before);
            Object b = value(component, after);
            if (!Objects.equals(a, b)) {
                changes.add(FieldChange.of(prefix + component.getName(), a, b));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
