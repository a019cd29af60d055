package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.client.supervision.api.StatisticsApi;
import io.bastion.client.supervision.model.Figure;
import io.bastion.client.supervision.model.Statistics;
import io.bastion.client.village.ApiClient;
import io.bastion.client.village.ApiException;
import io.bastion.client.village.ApiResponse;
import io.bastion.client.village.api.VillagesApi;
import io.bastion.client.village.model.PageVillageView;
import io.bastion.client.village.model.Problem;
import io.bastion.client.village.model.Village;
import io.bastion.client.village.model.VillageDraft;
import io.bastion.client.village.model.VillageDraftPatch;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo county driven through the Java clients generated from docs/openapi (bastion-clients), as
 * a frontend or provincial team would use them: every answer read with unknown fields refused, so a
 * body the document does not describe fails here.
 */
final class GeneratedClientsTour {

    private final int offset;
    private final String token;

    GeneratedClientsTour(int offset, String token) {
        this.offset = offset;
        this.token = token;
    }

    void run(LocalDate from, LocalDate to, Map<String, Integer> reported) throws Exception {
        VillagesApi villages = new VillagesApi(village());
        List<Village> all = pageToTheEnd(villages);
        assertEquals(300, all.size(), "every village of the demo county, page by page");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).getCode().compareTo(all.get(i).getCode()) < 0, "in code order, none twice");
        }
        patchRoundTrip(villages, all.get(0).getCode());
        idempotentCreate(villages, all.get(all.size() - 1));
        typedProblem(villages);

        io.bastion.client.supervision.ApiClient supervision = new io.bastion.client.supervision.ApiClient();
        supervision.updateBaseUri("http://localhost:" + (8084 + offset));
        supervision.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        supervision.setObjectMapper(strict(supervision.getObjectMapper()));
        Statistics statistics = new StatisticsApi(supervision).getStatistics(from, to, null);
        reported.forEach((key, value) -> assertEquals(0, BigDecimal.valueOf(value).compareTo(figure(statistics, key).getValue()), key));
    }

    private ApiClient village() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + (8081 + offset));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setObjectMapper(strict(client.getObjectMapper()));
        return client;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** Small pages, each asked for with the cursor of the one before's {@code next}. */
    private static List<Village> pageToTheEnd(VillagesApi villages) throws ApiException {
        List<Village> all = new ArrayList<>();
        String cursor = null;
        do {
            PageVillageView page = villages.listVillages(null, cursor, null, 70, null, null, null, null);
            all.addAll(page.getItems());
            cursor = page.getNext() == null ? null : cursorOf(page.getNext());
        } while (cursor != null);
        return all;
    }

    private static String cursorOf(String next) {
        for (String pair : URI.create(next).getRawQuery().split("&")) {
            if (pair.startsWith("cursor=")) {
                return URLDecoder.decode(pair.substring("cursor=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("a next link without a cursor: " + next);
    }

    /** Read with its ETag, change one field with If-Match, and be refused with the old tag. */
    private static void patchRoundTrip(VillagesApi villages, String code) throws ApiException, IOException {
        ApiResponse<Village> read = villages.getVillageWithHttpInfo(code);
        String etag = header(read.getHeaders(), "ETag");
        assertEquals("\"" + read.getData().getVersion() + "\"", etag);
        int population = read.getData().getPopulation();
        ApiResponse<Village> changed = villages.patchVillageWithHttpInfo(code, new VillageDraftPatch().population(population + 1), etag);
        assertEquals(population + 1, changed.getData().getPopulation());
        assertEquals(read.getData().getName(), changed.getData().getName(), "a field not sent stays as it was");
        assertEquals(read.getData().getVersion() + 1, changed.getData().getVersion());
        assertEquals("\"" + changed.getData().getVersion() + "\"", header(changed.getHeaders(), "ETag"));
        ApiException stale = assertThrows(ApiException.class,
                () -> villages.patchVillage(code, new VillageDraftPatch().population(population), etag));
        Problem problem = problem(stale);
        assertEquals(412, problem.getStatus());
        assertEquals(URI.create("https://bastion.example/problems/version-mismatch"), problem.getType());
    }

    /** A create sent twice with one Idempotency-Key: one village, the second answer a replay of the first. */
    private static void idempotentCreate(VillagesApi villages, Village last) throws ApiException {
        String code = last.getTownship() + "299";
        VillageDraft draft = new VillageDraft().code(code).name("客户端村").urbanRuralClass(last.getUrbanRuralClass())
                .households(120).population(480).partyMembers(21).partyOrganizationForm(last.getPartyOrganizationForm().getValue());
        String key = UUID.randomUUID().toString();
        ApiResponse<Village> first = villages.registerVillageWithHttpInfo(draft, key);
        assertEquals(201, first.getStatusCode());
        assertEquals("/api/v1/villages/" + code, URI.create(header(first.getHeaders(), "Location")).getPath());
        assertNull(first.getHeaders().get("idempotent-replayed"));
        ApiResponse<Village> again = villages.registerVillageWithHttpInfo(draft, key);
        assertEquals(201, again.getStatusCode());
        assertEquals("true", header(again.getHeaders(), "Idempotent-Replayed"));
        assertEquals(header(first.getHeaders(), "Location"), header(again.getHeaders(), "Location"));
        assertEquals(first.getData(), again.getData());
        villages.removeVillage(code, header(first.getHeaders(), "ETag"));
    }

    /** A page size the document bounds, sent out of bounds: a 400 that names the parameter, read as a Problem. */
    private static void typedProblem(VillagesApi villages) throws IOException {
        ApiException refused = assertThrows(ApiException.class, () -> villages.listVillages(null, null, null, 0, null, null, null, null));
        Problem problem = problem(refused);
        assertEquals(400, refused.getCode());
        assertEquals("limit", problem.getErrors().get(0).getField());
        assertNotNull(problem.getTitle());
    }

    private static Problem problem(ApiException e) throws IOException {
        assertTrue(header(e.getResponseHeaders().map(), "Content-Type").startsWith("application/problem+json"));
        return strict(new ApiClient().getObjectMapper()).readValue(e.getResponseBody(), Problem.class);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static Figure figure(Statistics statistics, String key) {
        return statistics.getFigures().stream().filter(f -> key.equals(f.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }
}
