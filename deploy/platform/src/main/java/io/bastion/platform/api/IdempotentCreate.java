package io.bastion.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Honours {@code Idempotency-Key} on POST: the first request with a key creates, and its answer is
 * kept in the same transaction; a retry with the same key and body gets that answer again and
 * creates nothing; the same key with another body is refused. A request that fails keeps nothing,
 * so it can be retried with its key.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What a create answers: where the new thing is, its ETag and its representation. */
    public record Created<T>(URI location, String etag, T body) {
    }

    @Transactional
    public <T> RestResponse<T> create(String caller, String key, String route, Object request, Supplier<Created<T>> action) {
        if (key == null) {
            return answer(action.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(HEADER, "idempotency-key", key, 200)));
        }
        String hash = hash(route, request);
        // Claiming the key first makes a concurrent retry wait for this transaction, then replay it.
        int claimed = em.createNativeQuery("insert into idempotency_record (caller, idempotency_key, request_hash, status, created_at)"
                        + " values (?1, ?2, ?3, 0, now()) on conflict do nothing")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            IdempotencyRecord earlier = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
            if (!earlier.requestHash.equals(hash)) {
                throw new ApiProblem(422, "idempotency-key-reused", key);
            }
            return replay(earlier);
        }
        Created<T> created = action.get();
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        record.status = Response.Status.CREATED.getStatusCode();
        record.location = created.location().toString();
        record.etag = created.etag();
        record.body = write(created.body());
        return answer(created);
    }

    private static <T> RestResponse<T> answer(Created<T> created) {
        return RestResponse.ResponseBuilder.<T>created(created.location()).header(HttpHeaders.ETAG, created.etag())
                .entity(created.body()).build();
    }

    /**
     * The first answer again, byte for byte: its body is the JSON that answer wrote, kept as text, so
     * it goes out as it is rather than as a {@code T} (which the declared type only documents).
     */
    @SuppressWarnings("unchecked")
    private static <T> RestResponse<T> replay(IdempotencyRecord earlier) {
        return (RestResponse<T>) RestResponse.ResponseBuilder.create(earlier.status)
                .location(earlier.location == null ? null : URI.create(earlier.location))
                .header(HttpHeaders.ETAG, earlier.etag)
                .header(REPLAYED, "true")
                .entity(earlier.body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private String hash(String route, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(route.getBytes(StandardCharsets.UTF_8));
            sha.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
