package io.bastion.platform.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.TreeSet;

/**
 * Records every write in the same transaction as the write itself, so neither exists without the
 * other. The entry belongs to the division of the record written, so it is read where that record
 * is; ID-card and phone numbers in what the request carried are kept masked, never in full.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String targetType, String targetKey, String division, Object details) {
        AuditEntry entry = new AuditEntry();
        entry.at = Now.timestamp();
        entry.actor = actor.name();
        entry.roles = String.join(",", new TreeSet<>(actor.roles()));
        entry.action = action;
        entry.targetType = targetType;
        entry.targetKey = targetKey;
        entry.division = division;
        entry.requestId = actor.requestId();
        entry.details = details == null ? null : PersonalData.redacted(json.valueToTree(details)).toString();
        entry.persist();
    }
}
