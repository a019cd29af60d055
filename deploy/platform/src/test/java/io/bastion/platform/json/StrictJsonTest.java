package io.bastion.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    record Member(String name, LocalDate startedOn, Integer sessions, Boolean active, List<String> tags) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Member read(String text) throws JsonProcessingException {
        return json.readValue(text, Member.class);
    }

    private String refusal(String text) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(text), text);
        return e instanceof UnreadableValue v ? v.rule() : e.getClass().getSimpleName();
    }

    @Test
    void readsWhatTheSchemaSays() throws Exception {
        Member m = read("{\"name\":\"张三\\t二\",\"startedOn\":\"2026-03-01\",\"sessions\":3,\"active\":true,\"tags\":[\"a\"]}");
        assertEquals(LocalDate.of(2026, 3, 1), m.startedOn());
        assertEquals("张三\t二", m.name());
    }

    @Test
    void refusesTextThatIsNotPlain() {
        assertEquals("control-character", refusal("{\"name\":\"a\\u0000b\"}"));
        assertEquals("control-character", refusal("{\"name\":\"\\u001b[31m\"}"));
        assertEquals("control-character", refusal("{\"name\":\"a\\ud800b\"}"));
        assertEquals("control-character", refusal("{\"tags\":[\"a\\u0000\"]}"));
        assertEquals("max-length", refusal("{\"name\":\"" + "x".repeat(StrictJson.MAX_TEXT + 1) + "\"}"));
    }

    @Test
    void refusesDaysOutsideTheCalendarOrTheRange() {
        assertEquals("date", refusal("{\"startedOn\":\"+999999999-12-31\"}"));
        assertEquals("date", refusal("{\"startedOn\":\"-999999999-01-01\"}"));
        assertEquals("date", refusal("{\"startedOn\":\"2026-02-30\"}"));
        assertEquals("date", refusal("{\"startedOn\":\"2026-06-01T00:00:00Z\"}"));
        assertEquals("date-range", refusal("{\"startedOn\":\"1899-12-31\"}"));
        assertEquals("date-range", refusal("{\"startedOn\":\"2100-01-01\"}"));
        assertEquals("type", refusal("{\"startedOn\":20260101}"));
    }

    @Test
    void refusesLooseTypesDuplicatesTrailingContentAndDeepNesting() {
        assertTrue(refusal("{\"name\":12345}").contains("MismatchedInput") || refusal("{\"name\":12345}").contains("InvalidFormat"));
        assertThrows(MismatchedInputException.class, () -> read("{\"sessions\":1.5}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"active\":1}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"sessions\":\"3\"}"));
        assertThrows(JsonProcessingException.class, () -> read("{\"name\":\"a\",\"name\":\"b\"}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"name\":\"a\"} {}"));
        assertThrows(JsonProcessingException.class, () -> read("{\"tags\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    }
}
