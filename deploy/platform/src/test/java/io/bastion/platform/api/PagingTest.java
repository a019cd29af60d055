package io.bastion.platform.api;

import io.bastion.platform.problem.ApiProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    @BeforeAll
    static void key() {
        System.setProperty("bastion.paging.cursor-key", "paging-test-key");
    }

    @Test
    void aCursorGivesBackTheKeyItWasMadeFrom() {
        UUID id = UUID.randomUUID();
        assertEquals("410423203201", Paging.decode(Paging.encode("410423203201")));
        assertEquals(new Paging.Keyed("2026-03-01", id), Paging.decodeKeyed(Paging.encode("2026-03-01|" + id)));
        assertEquals(id, Paging.decodeId(Paging.encode(id.toString())));
        assertNull(Paging.decode(null));
        assertNull(Paging.decode(""));
    }

    @Test
    void aCursorTheServiceDidNotSignIsRefused() {
        String good = Paging.encode("410423203201");
        String key = good.substring(0, good.indexOf('.'));
        String forgedKey = Base64.getUrlEncoder().withoutPadding().encodeToString("k:410423203299".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[]{"garbage", key, forgedKey + good.substring(good.indexOf('.')), good + "x",
                good.substring(0, good.length() - 2), key + ".", "." + good, "%%%"}) {
            ApiProblem refused = assertThrows(ApiProblem.class, () -> Paging.decode(bad), bad);
            assertEquals(400, refused.status());
            assertEquals("cursor", refused.violations().get(0).rule());
            assertNull(refused.violations().get(0).rejected(), "a refused cursor is not echoed");
        }
    }
}
