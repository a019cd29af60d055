package io.bastion.village.api;

import io.bastion.platform.domain.NotFound;
import io.bastion.platform.security.Caller;
import io.bastion.village.domain.DivisionCode;

/** A village's code in a path: one that breaks the rules names nothing (404); one outside the caller's division is 403. */
final class VillagePaths {

    private VillagePaths() {
    }

    static void require(Caller caller, String code) {
        if (!DivisionCode.checkVillage("code", code).isEmpty()) {
            throw new NotFound("village", code);
        }
        caller.requireCovers(code);
    }
}
