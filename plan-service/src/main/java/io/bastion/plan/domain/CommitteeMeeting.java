package io.bastion.plan.domain;

import java.time.LocalDate;
import java.util.List;

/** The township Party committee meeting (镇党委会) that studied the problems and adopted the draft. */
public record CommitteeMeeting(LocalDate date, List<String> attendees, String decision, String minutes) {

    public static final String ADOPTED = "ADOPTED";
    public static final String NOT_ADOPTED = "NOT_ADOPTED";

    public boolean adopted() {
        return ADOPTED.equals(decision);
    }
}
