package io.bastion.village.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A team member as a township records them, with every rule checked at once. {@code incumbent} marks
 * one already in office when the campaign began, recorded so that a successor can take over: not an
 * appointment, and counted as none.
 */
public record TeamMemberDraft(
        String name,
        String idCardNumber,
        String phone,
        String role,
        String committee,
        String appointmentSource,
        String appointingUnit,
        LocalDate startedOn,
        LocalDate endedOn,
        String leavingReason,
        String leavingNote,
        Boolean incumbent) {

    /** A unit's full name, as on its seal. */
    static final int UNIT_MAX = 100;
    /** Why a cadre left, in a sentence or two. */
    static final int NOTE_MAX = 500;

    public List<Violation> violations(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "required", name));
        } else if (name.trim().length() > 50) {
            violations.add(new Violation("name", "max-length", name, 50));
        }
        if (idCardNumber != null && !idCardNumber.isBlank() && !ResidentIdNumber.valid(idCardNumber, today)) {
            violations.add(new Violation("idCardNumber", "id-card-number", "已隐去"));
        }
        if (phone != null && !phone.isBlank() && !phone.trim().matches("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}")) {
            violations.add(new Violation("phone", "phone", "已隐去"));
        }
        boolean roleKnown = oneOf(violations, "role", role, TeamRole.values());
        boolean committeeKnown = committee == null || oneOf(violations, "committee", committee, Committee.values());
        if (roleKnown && committeeKnown) {
            TeamRole r = TeamRole.valueOf(role);
            if (r == TeamRole.RESERVE_CADRE && committee != null) {
                violations.add(new Violation("committee", "reserve-cadre-on-no-committee", committee));
            } else if (r == TeamRole.MEMBER && committee == null) {
                violations.add(new Violation("committee", "required", null));
            } else if ((r == TeamRole.SECRETARY || r == TeamRole.DEPUTY_SECRETARY) && committee != null
                    && !committee.equals(Committee.PARTY_BRANCH.name())) {
                violations.add(new Violation("committee", "secretary-of-party-branch", committee));
            }
        }
        TextRules.check(violations, "appointingUnit", appointingUnit, UNIT_MAX, false);
        TextRules.check(violations, "leavingNote", leavingNote, NOTE_MAX, false);
        if (oneOf(violations, "appointmentSource", appointmentSource, AppointmentSource.values())
                && AppointmentSource.valueOf(appointmentSource).sent() && (appointingUnit == null || appointingUnit.isBlank())) {
            violations.add(new Violation("appointingUnit", "required-when-sent", appointingUnit));
        }
        if (startedOn == null) {
            violations.add(new Violation("startedOn", "required", null));
        } else if (startedOn.isAfter(today)) {
            violations.add(new Violation("startedOn", "not-in-the-future", startedOn.toString()));
        }
        if (endedOn != null) {
            if (startedOn != null && endedOn.isBefore(startedOn)) {
                violations.add(new Violation("endedOn", "not-before-start", endedOn.toString(), String.valueOf(startedOn)));
            }
            if (endedOn.isAfter(today)) {
                violations.add(new Violation("endedOn", "not-in-the-future", endedOn.toString()));
            }
            if (leavingReason == null) {
                violations.add(new Violation("leavingReason", "required-when-ended", null));
            }
        } else if (leavingReason != null) {
            violations.add(new Violation("endedOn", "required-with-leaving-reason", null));
        }
        if (leavingReason != null) {
            oneOf(violations, "leavingReason", leavingReason, LeavingReason.values());
        }
        return violations;
    }

    /** Secretaries and deputies sit on the Party branch committee; others say which committee. */
    Committee impliedCommittee() {
        return role.equals(TeamRole.SECRETARY.name()) || role.equals(TeamRole.DEPUTY_SECRETARY.name()) ? Committee.PARTY_BRANCH : null;
    }

    private static boolean oneOf(List<Violation> violations, String field, String value, Enum<?>[] values) {
        if (value == null) {
            violations.add(new Violation(field, "required", null));
            return false;
        }
        if (Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            violations.add(new Violation(field, "one-of", value, Arrays.toString(values)));
            return false;
        }
        return true;
    }
}
