package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A team member as a township records them, with every rule checked at once. */
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
        String leavingNote) {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    public List<Violation> violations(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "required", name));
        } else if (name.trim().length() > 50) {
            violations.add(new Violation("name", "max-length", name, 50));
        }
        if (idCardNumber != null && !idCardNumber.isBlank() && !validIdCard(idCardNumber.trim())) {
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

    /** An 18-character resident ID number (GB 11643): 17 digits, then a check character. */
    static boolean validIdCard(String number) {
        if (!number.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == ID_CHECK.charAt(sum % 11);
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
