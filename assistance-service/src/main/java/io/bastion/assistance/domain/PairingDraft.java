package io.bastion.assistance.domain;

import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A pairing as the county makes it: the case, the form, the leader (for a contact) or the unit and
 * the people it sends, and since when. A handover names only the new partner and the reason.
 */
public record PairingDraft(UUID caseId, String form, UUID leaderId, UUID unitId, List<UUID> envoys,
                           Boolean jointBranchSecretary, LocalDate startedOn, String reason) {

    public List<UUID> envoyList() {
        return envoys == null ? List.of() : envoys;
    }

    public boolean jointBranch() {
        return Boolean.TRUE.equals(jointBranchSecretary);
    }

    /** Every rule the partner part breaks for a pairing of this form. */
    public List<Violation> partnerViolations(PairingForm form, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (form.byLeader()) {
            if (leaderId == null) {
                v.add(new Violation("leaderId", "required", null));
            }
            if (unitId != null) {
                v.add(new Violation("unitId", "not-for-form", unitId.toString(), form.name()));
            }
            if (!envoyList().isEmpty()) {
                v.add(new Violation("envoys", "not-for-form", envoyList().size(), form.name()));
            }
        } else {
            if (unitId == null) {
                v.add(new Violation("unitId", "required", null));
            }
            if (leaderId != null) {
                v.add(new Violation("leaderId", "not-for-form", leaderId.toString(), form.name()));
            }
            if (form == PairingForm.WORK_TEAM ? envoyList().isEmpty() : envoyList().size() != 1) {
                v.add(new Violation("envoys", form == PairingForm.WORK_TEAM ? "team-members" : "one-envoy", envoyList().size()));
            }
            if (new HashSet<>(envoyList()).size() != envoyList().size()) {
                v.add(new Violation("envoys", "duplicate", envoyList().toString()));
            }
        }
        if (jointBranch() && form != PairingForm.FIRST_SECRETARY) {
            v.add(new Violation("jointBranchSecretary", "first-secretary-only", true, form.name()));
        }
        if (startedOn != null && startedOn.isAfter(today)) {
            v.add(new Violation("startedOn", "not-in-the-future", startedOn.toString()));
        }
        if (reason != null && reason.length() > 2000) {
            v.add(new Violation("reason", "max-length", reason.length(), 2000));
        }
        return v;
    }

    /** The form named, or the violations of a missing or unknown one. */
    public static PairingForm form(String form, List<Violation> v) {
        if (form == null) {
            v.add(new Violation("form", "required", null));
            return null;
        }
        return Arrays.stream(PairingForm.values()).filter(f -> f.name().equals(form)).findFirst().orElseGet(() -> {
            v.add(new Violation("form", "one-of", form, Arrays.toString(PairingForm.values())));
            return null;
        });
    }
}
