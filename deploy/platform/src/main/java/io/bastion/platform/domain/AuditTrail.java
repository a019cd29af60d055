package io.bastion.platform.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.TreeSet;

/** Records every write in the same transaction as the write itself, so neither exists without the other. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String targetType, String targetKey, Object details) {
        AuditEntry entry = new AuditEntry();
        entry.at = Now.timestamp();
        entry.actor = actor.name();
        entry.roles = String.join(",", new TreeSet<>(actor.roles()));
        entry.action = action;
        entry.targetType = targetType;
        entry.targetKey = targetKey;
        entry.requestId = actor.requestId();
        try {
            entry.details = details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not serialisable", e);
        }
        entry.persist();
    }
}
