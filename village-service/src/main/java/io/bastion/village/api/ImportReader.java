package io.bastion.village.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bastion.village.api.problem.ApiProblem;
import io.bastion.village.domain.ImportLine;
import io.bastion.village.domain.VillageDraft;
import io.bastion.village.domain.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a bulk import, CSV with a header line or NDJSON (one JSON object a line), into lines the
 * domain checks. What is wrong with a line's values is kept with the line, so it is rejected in the
 * summary; a file that cannot be read at all (broken CSV, a line that is not JSON, an unknown column)
 * stops the import with a 400 naming the line, before anything is written.
 */
final class ImportReader {

    /** The columns of an import and an export, in this order. */
    static final List<String> COLUMNS = List.of("code", "name", "urbanRuralClass", "households", "population",
            "partyMembers", "partyOrganizationForm");
    /** Columns an export adds, accepted and ignored on import so an export can be imported again. */
    static final Set<String> READ_ONLY = Set.of("township", "county", "version", "createdAt", "updatedAt");
    private static final Set<String> REQUIRED = Set.of("code", "name", "urbanRuralClass");

    private ImportReader() {
    }

    static Iterator<ImportLine> csv(Reader reader) {
        MappingIterator<Map<String, String>> rows;
        try {
            rows = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                    .readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(reader);
        } catch (IOException e) {
            throw unreadable(1, "csv-syntax", e.getMessage());
        }
        return new Iterator<>() {
            long line = 1;
            boolean headerChecked;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNextValue();
                } catch (IOException | RuntimeJsonMappingException e) {
                    throw unreadable(line + 1, "csv-syntax", e.getMessage());
                }
            }

            @Override
            public ImportLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    Map<String, String> row = rows.nextValue();
                    line++;
                    if (!headerChecked) {
                        checkHeader(List.copyOf(((CsvParser) rows.getParser()).getSchema().getColumnNames()));
                        headerChecked = true;
                    }
                    return line(line, new LinkedHashMap<>(row));
                } catch (IOException | RuntimeJsonMappingException e) {
                    throw unreadable(line + 1, "csv-syntax", e.getMessage());
                }
            }
        };
    }

    static Iterator<ImportLine> ndjson(Reader reader, ObjectMapper json) {
        BufferedReader lines = new BufferedReader(reader);
        return new Iterator<>() {
            long number;
            String pending = advance();

            private String advance() {
                try {
                    String text;
                    do {
                        text = lines.readLine();
                        number++;
                    } while (text != null && text.isBlank());
                    return text;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public ImportLine next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                long at = number;
                JsonNode node;
                try {
                    node = json.readTree(pending);
                } catch (JsonProcessingException e) {
                    throw unreadable(at, "json-syntax", e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw unreadable(at, "json-object", null);
                }
                Map<String, Object> values = new LinkedHashMap<>();
                node.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().isNull() ? null
                        : f.getValue().isValueNode() ? f.getValue().asText() : f.getValue()));
                pending = advance();
                return line(at, values);
            }
        };
    }

    /** A draft from the line's values, and what about them is wrong before any rule runs. */
    private static ImportLine line(long number, Map<String, ?> values) {
        List<Violation> problems = new ArrayList<>();
        values.keySet().stream()
                .filter(key -> !COLUMNS.contains(key) && !READ_ONLY.contains(key))
                .forEach(key -> problems.add(new Violation(key, "unknown-field", key)));
        VillageDraft draft = new VillageDraft(
                text(values.get("code")), text(values.get("name")), text(values.get("urbanRuralClass")),
                integer("households", values.get("households"), problems),
                integer("population", values.get("population"), problems),
                integer("partyMembers", values.get("partyMembers"), problems),
                text(values.get("partyOrganizationForm")));
        return new ImportLine(number, draft, problems);
    }

    private static void checkHeader(List<String> columns) {
        List<Violation> problems = new ArrayList<>();
        columns.stream().filter(c -> !COLUMNS.contains(c) && !READ_ONLY.contains(c))
                .forEach(c -> problems.add(new Violation("line 1", "unknown-field", c)));
        REQUIRED.stream().filter(c -> !columns.contains(c))
                .forEach(c -> problems.add(new Violation("line 1", "missing-column", c)));
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, "malformed-request", problems);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static Integer integer(String field, Object value, List<Violation> problems) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "type", text, "integer"));
            return null;
        }
    }

    private static ApiProblem unreadable(long line, String rule, String reason) {
        return new ApiProblem(400, "malformed-request", List.of(new Violation("line " + line, rule, null, reason)));
    }
}
