package io.bastion.platform.api;

import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset paging: a page is asked for with {@code limit} and the opaque {@code cursor} of the page
 * before it; the cursor holds the sort key of that page's last item, so rows inserted meanwhile
 * never make a client see a row twice or skip one that was there all along.
 */
public final class Paging {

    private static final String PREFIX = "k:";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private Paging() {
    }

    /** The {@code limit} parameter: a whole number from 1 to {@code max}, {@code fallback} when absent. */
    public static int limit(String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation("limit", "range", raw, 1, max)));
    }

    public static String encode(String key) {
        byte[] text = (PREFIX + key).getBytes(StandardCharsets.UTF_8);
        return BASE64.encodeToString(text) + "." + BASE64.encodeToString(CursorKey.sign(text));
    }

    /**
     * The sort key a cursor holds; null for no cursor; a 400 for one that is not ours. A cursor is
     * signed, so a sort key the service did not hand out (forged, from another deployment, cut short)
     * never reaches a query.
     */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                byte[] text = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
                byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
                String key = new String(text, StandardCharsets.UTF_8);
                if (MessageDigest.isEqual(signature, CursorKey.sign(text)) && key.startsWith(PREFIX)) {
                    return key.substring(PREFIX.length());
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", null)));
    }

    /** The id a cursor holds, for lists ordered by id; null for no cursor; a 400 for one that is not ours. */
    public static UUID decodeId(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", null)));
        }
    }

    /** A cursor's sort key for lists ordered by a text (a code, a date) and then an id. */
    public record Keyed(String sort, UUID id) {
    }

    /** The sort key and id a cursor holds ({@code sort|id}); null for no cursor; a 400 for one that is not ours. */
    public static Keyed decodeKeyed(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        String[] parts = key.split("\\|", 2);
        try {
            if (parts.length == 2) {
                return new Keyed(parts[0], UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", null)));
    }

    /**
     * A page from {@code limit + 1} rows: the extra row only says another page exists, and the
     * {@code next} link repeats the request's filters with the cursor of the last item shown.
     */
    public static <E, V> Page<V> page(List<E> rows, int limit, Function<E, String> key, Function<E, V> view, UriInfo uri) {
        if (rows.size() <= limit) {
            return new Page<>(rows.stream().map(view).toList(), null);
        }
        List<E> shown = rows.subList(0, limit);
        var next = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", encode(key.apply(shown.get(limit - 1))))
                .build();
        return new Page<>(shown.stream().map(view).toList(), next.getRawPath() + "?" + next.getRawQuery());
    }
}
