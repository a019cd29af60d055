package io.bastion.devstack.infra;

import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.ServiceApi.Cell;
import io.bastion.devstack.infra.ServiceApi.Exchange;
import io.bastion.devstack.infra.ServiceApi.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standing authorization suite: every operation of the service's OpenAPI document, as every role
 * (in its own scope, and facing another township, another county, another city, another province and
 * a village it is not paired with), and with every kind of broken token. What each cell must answer
 * comes from the role table in {@code docs/conventions.md}, so an operation added to the service is
 * covered without editing this class: it only has to be in the table.
 *
 * <p>Every cell is checked for what it must be: a role the table refuses gets 403 {@code forbidden};
 * a record the caller does not reach is 403 or 404; one it reaches gets through (200 for a read). Every
 * answer is checked for what it must never hold: a 500, an error that is not a problem, a name, code or
 * id of a village the caller does not reach, an ID-card or phone number shown to a role that may not see
 * it. And every refused write is checked to have changed nothing, table by table.
 *
 * <p>A service's {@code @QuarkusTest} extends this class and builds its {@link AccessWorld}.
 */
public abstract class AccessMatrix {

    private static final Set<String> SCOPE_REFUSALS = Set.of("forbidden", "out-of-scope", "not-paired", "no-division-claim",
            "record-out-of-scope", "not-found", "unauthorized");
    private static final String STALE = "\"999999\"";

    private final String service;

    protected AccessMatrix(String service) {
        this.service = service;
    }

    /** Builds the service's records in every target (see {@link AccessWorld}); called once per test JVM. */
    protected abstract AccessWorld build();

    private AccessWorld world() {
        return AccessWorld.of(service, this::build);
    }

    @Test
    void everyOperationIsInTheRoleTable() throws IOException {
        Map<String, Map<Caller, Cell>> table = ServiceApi.roleTable(service);
        Set<String> documented = ServiceApi.operations().stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(documented);
        assertEquals(Set.of(), missing, "operations of " + service + " missing from the role table in docs/conventions.md");
        assertEquals(Set.of(), stale, "rows of the role table for " + service + " that the service does not have");
        // "paired" and "own" say a caller reaches less than a division: only county leaders and departments do.
        Set<String> misplaced = new TreeSet<>();
        table.forEach((op, row) -> row.forEach((caller, cell) -> {
            if ((cell == Cell.PAIRED || cell == Cell.OWN) && !caller.paired) {
                misplaced.add(op + " " + caller.role + ": " + cell);
            }
        }));
        assertEquals(Set.of(), misplaced, "cells of the role table only county leaders and departments can have");
    }

    @Test
    void everyRoleReachesOnlyWhatTheRoleTableSaysAndNothingLeaks() throws Exception {
        AccessWorld world = world();
        Map<String, Map<Caller, Cell>> table = ServiceApi.roleTable(service);
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Operation op : ServiceApi.operations()) {
            Map<Caller, Cell> row = table.get(op.key());
            if (row == null) {
                continue;
            }
            boolean reference = world.referenceCollections.contains(op.addressed()) || op.addressed() == null
                    && world.referenceCollections.contains(firstCollection(op.path()));
            boolean pathTargeted = !world.fill(op, Target.A1).equals(world.fill(op, Target.B));
            List<Target> targets = pathTargeted || hasTarget(op, world) ? List.of(Target.values()) : List.of(Target.A1);
            List<Runnable> allowed = new ArrayList<>();
            Map<String, String> before = op.reads() ? null : ServiceApi.snapshot();
            List<String> refusedHere = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                for (Target target : targets) {
                    cells++;
                    Cell cell = row.get(caller);
                    boolean reaches = cell != Cell.NOWHERE && (targets.size() == 1 || caller.reaches(target, reference))
                            && world.personal.getOrDefault(op.addressed(), Set.of(caller)).contains(caller);
                    Runnable check = () -> check(world, op, pathTargeted, caller, target, cell, reaches, failures);
                    if (op.reads() || cell == Cell.NOWHERE || !reaches) {
                        check.run();
                        refusedHere.add(caller.role + "→" + target);
                    } else {
                        allowed.add(check);
                    }
                }
            }
            for (TokenIssuer.Flaw flaw : TokenIssuer.Flaw.values()) {
                cells++;
                checkBroken(world, op, flaw, failures);
            }
            if (before != null) {
                Map<String, String> after = ServiceApi.snapshot();
                if (!before.equals(after)) {
                    failures.add(op.key() + ": refused requests changed " + ServiceApi.changed(before, after) + " (" + refusedHere + ")");
                }
            }
            allowed.forEach(Runnable::run);
        }
        System.out.printf("[access matrix] %s: %d operations, %d cells (%d roles x up to %d targets, %d broken tokens each)%n",
                service, table.size(), cells, Caller.values().length, Target.values().length, TokenIssuer.Flaw.values().length);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " cells failed:\n" + String.join("\n", failures));
    }

    private void check(AccessWorld world, Operation op, boolean pathTargeted, Caller caller, Target target, Cell cell, boolean reaches,
                       List<String> failures) {
        String token = TestInfrastructure.shared().tokens.token(caller.account(), caller.role, caller.division, Duration.ofHours(1));
        Exchange x = send(world, op, target, token);
        String where = op.key() + " as " + caller.role + " on " + target + " (" + x.request().pathAndQuery() + ") → " + x.status() + " "
                + x.problemType();
        common(world, op, caller, x, where, failures);
        if (cell == Cell.NOWHERE) {
            if (x.status() != 403 || !"forbidden".equals(x.problemType())) {
                failures.add(where + ": the role table refuses the role, so 403 forbidden");
            }
        } else if (!reaches) {
            boolean refused = x.status() == 403 || x.status() == 404;
            boolean filtered = x.status() == 200 && (op.reads() || x.request().query().contains("dryRun=true"));
            if (!refused && !(filtered && !pathTargeted)) {
                failures.add(where + ": outside the caller's reach, so 403 or 404");
            }
        } else if (op.reads()) {
            if (x.status() != 200) {
                failures.add(where + ": the role reads it, so 200");
            }
        } else if (x.status() == 401 || x.status() >= 500 || SCOPE_REFUSALS.contains(x.problemType())) {
            failures.add(where + ": the role may write here, so no refusal of role or scope");
        }
    }

    private void checkBroken(AccessWorld world, Operation op, TokenIssuer.Flaw flaw, List<String> failures) {
        String token = TestInfrastructure.shared().tokens.broken(flaw, "matrix-broken", AccessWorld.COUNTY);
        Exchange x = send(world, op, Target.A1, token);
        String where = op.key() + " with a token " + flaw + " → " + x.status() + " " + x.problemType();
        if (x.status() >= 500 || x.status() >= 400 && !x.isProblem()) {
            failures.add(where + ": every error is a problem, and no 5xx");
        }
        if (flaw.unauthenticated() ? x.status() != 401 : x.status() != 403 || !"no-division-claim".equals(x.problemType())) {
            failures.add(where + (flaw.unauthenticated() ? ": not a valid token, so 401" : ": no usable division, so 403 no-division-claim"));
        }
        world.sentinels().stream().filter(s -> x.body().contains(s.text()) && !x.request().mentions(s.text()))
                .forEach(s -> failures.add(where + ": leaks " + s.text() + " of " + s.target()));
    }

    /** What holds of every answer: no 5xx, errors are problems, nothing out of reach, no personal data shown to those who may not see it. */
    private static void common(AccessWorld world, Operation op, Caller caller, Exchange x, String where, List<String> failures) {
        if (x.status() >= 500) {
            failures.add(where + ": a server error");
        }
        if (x.status() >= 400 && !x.isProblem()) {
            failures.add(where + ": an error that is not application/problem+json");
        }
        if (!world.leaksAllowed.containsKey(op.key())) {
            for (AccessWorld.Sentinel s : world.sentinels()) {
                if (!caller.reaches(s.target(), s.reference()) && x.body().contains(s.text()) && !x.request().mentions(s.text())) {
                    failures.add(where + ": leaks " + s.text() + " of " + s.target());
                }
            }
        }
        world.records.forEach((target, records) -> records.personalData.forEach((number, seeing) -> {
            boolean may = seeing.contains(caller) && caller.reaches(target, false) && !op.path().startsWith("/api/v1/audit");
            if (!may && x.body().contains(number)) {
                failures.add(where + ": shows the personal number " + number + " of " + target + " in full");
            }
        }));
    }

    /** Whether a query parameter or a body field of the request depends on the target. */
    private static boolean hasTarget(Operation op, AccessWorld world) {
        if (world.bodies.containsKey(op.key())) {
            return true;
        }
        AccessWorld.Records a1 = world.at(Target.A1);
        return op.queryParameters().stream().anyMatch(n -> a1.fields.containsKey(n) || a1.queryFields.containsKey(n))
                || op.bodyProperties().stream().anyMatch(n -> a1.fields.containsKey(world.field(op, n)));
    }

    private Exchange send(AccessWorld world, Operation op, Target target, String token) {
        return world.request(op, target).with("If-Match", STALE).with("Accept-Language", "en").send(token);
    }

    private static String firstCollection(String path) {
        String[] segments = path.split("/");
        return segments.length > 3 ? segments[3] : "";
    }
}
