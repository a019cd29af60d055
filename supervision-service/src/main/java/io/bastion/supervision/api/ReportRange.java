package io.bastion.supervision.api;

import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days and the division a figure, a report or a bulletin covers, as asked for in the query. */
record ReportRange(LocalDate from, LocalDate to, String division) {

    /** Both days are required and in order; a township must be within the caller's division. */
    static ReportRange of(String from, String to, String township, Caller caller) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        List<Violation> missing = new ArrayList<>();
        if (first == null) {
            missing.add(new Violation("from", "required", null));
        }
        if (last == null) {
            missing.add(new Violation("to", "required", null));
        }
        if (missing.isEmpty() && last.isBefore(first)) {
            missing.add(new Violation("to", "not-before-from", last.toString(), first.toString()));
        }
        if (!missing.isEmpty()) {
            throw new ApiProblem(400, "malformed-request", missing);
        }
        String code = QueryParameters.township(township);
        if (code != null) {
            caller.requireCovers(code);
            return new ReportRange(first, last, code);
        }
        return new ReportRange(first, last, caller.divisionPrefix());
    }

    String township() {
        return division.length() == 9 ? division : null;
    }
}
