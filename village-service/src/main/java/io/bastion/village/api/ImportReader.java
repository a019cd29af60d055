package io.bastion.village.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bastion.platform.domain.PlainText;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.village.domain.ImportLine;
import io.bastion.village.domain.VillageDraft;
import jakarta.ws.rs.core.MediaType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

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
    /**
     * What an export shows beyond the importable columns (the township, the latest case, the version…),
     * accepted and ignored on import so an export can be imported again, whatever the village view grows.
     */
    static final Set<String> READ_ONLY = Arrays.stream(VillageView.class.getRecordComponents()).map(RecordComponent::getName)
            .filter(name -> !COLUMNS.contains(name)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> REQUIRED = Set.of("code", "name", "urbanRuralClass");

    private ImportReader() {
    }

    /**
     * The body as text: UTF-8 unless the Content-Type names a charset, a leading byte-order mark
     * skipped. Bytes that are not text in that charset stop the reading (a GBK file sent without its
     * charset is refused, never stored as mojibake), and so does a body that runs over {@code limit}
     * bytes, which a chunked upload declares nowhere in advance.
     */
    static Reader reader(InputStream body, String contentType, long limit) {
        if (contentType == null) {
            throw new ApiProblem(415, "unsupported-media-type");
        }
        Charset decoding;
        try {
            String charset = MediaType.valueOf(contentType).getParameters().get("charset");
            decoding = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(415, "unsupported-media-type");
        }
        return new InputStreamReader(withoutByteOrderMark(new BoundedInput(body, limit)), decoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Spreadsheets save UTF-8 with a byte-order mark, which would otherwise end up in the first column's name. */
    private static InputStream withoutByteOrderMark(InputStream in) {
        try {
            PushbackInputStream pushback = new PushbackInputStream(in, 3);
            byte[] head = pushback.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
            if (!bom) {
                pushback.unread(head);
            }
            return pushback;
        } catch (IOException e) {
            throw unreadable(1, e);
        }
    }

    static Iterator<ImportLine> csv(Reader reader) {
        Iterator<CsvRow> rows = rows(reader, COLUMNS, READ_ONLY, REQUIRED);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ImportLine next() {
                CsvRow row = rows.next();
                return line(row.line(), row.values());
            }
        };
    }

    /** One data line of a CSV file: its line number (the header is line 1) and its values by column. */
    record CsvRow(long line, Map<String, String> values) {
    }

    /**
     * The data lines of a CSV file with a header line. The header may name only {@code columns} and
     * {@code ignored}, and must name every one of {@code required}; a line that is not CSV stops the
     * reading with a 400 naming it.
     */
    static Iterator<CsvRow> rows(Reader reader, List<String> columns, Set<String> ignored, Set<String> required) {
        MappingIterator<Map<String, String>> rows;
        try {
            rows = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                    .readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(reader);
        } catch (IOException e) {
            throw unreadable(1, e);
        }
        // Reading ahead parses the header, so a file with a wrong header fails even with no data lines.
        boolean any = hasNext(rows, 1);
        checkHeader(List.copyOf(((CsvParser) rows.getParser()).getSchema().getColumnNames()), columns, ignored, required);
        return new Iterator<>() {
            long line = 1;
            Boolean pending = any;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = ImportReader.hasNext(rows, line);
                }
                return pending;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                pending = null;
                try {
                    Map<String, String> row = rows.nextValue();
                    line++;
                    readable(line, row.values());
                    return new CsvRow(line, new LinkedHashMap<>(row));
                } catch (IOException | RuntimeJsonMappingException e) {
                    throw unreadable(line + 1, e);
                }
            }
        };
    }

    private static boolean hasNext(MappingIterator<Map<String, String>> rows, long line) {
        try {
            return rows.hasNextValue();
        } catch (IOException | RuntimeJsonMappingException e) {
            throw unreadable(line + 1, e);
        }
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
                    throw unreadable(number + 1, e);
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
                    int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
                    throw new ApiProblem(400, "malformed-request", List.of(new Violation("line " + at, "json-syntax", null, at, column)));
                }
                if (node == null || !node.isObject()) {
                    throw unreadable(at, "json-object");
                }
                List<String> texts = new ArrayList<>();
                node.forEach(value -> texts.add(value.isTextual() ? value.textValue() : null));
                readable(at, texts);
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

    private static void checkHeader(List<String> header, List<String> columns, Set<String> ignored, Set<String> required) {
        List<Violation> problems = new ArrayList<>();
        header.stream().filter(c -> !columns.contains(c) && !ignored.contains(c))
                .forEach(c -> problems.add(new Violation("line 1", "unknown-field", c)));
        required.stream().filter(c -> !header.contains(c))
                .forEach(c -> problems.add(new Violation("line 1", "missing-column", c)));
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, "malformed-request", problems);
        }
    }

    static String text(Object value) {
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

    /** Text with a control character is no line of a code table: the file is refused, naming the line. */
    private static void readable(long line, java.util.Collection<String> values) {
        if (!values.stream().allMatch(PlainText::readable)) {
            throw unreadable(line, "control-character");
        }
    }

    /** Why a file could not be read at this line: bytes not in its charset, or not CSV. */
    private static ApiProblem unreadable(long line, Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof CharacterCodingException) && !(cause instanceof ApiProblem)) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiProblem problem) {
            return problem;
        }
        return unreadable(line, cause instanceof CharacterCodingException ? "charset" : "csv-syntax");
    }

    private static ApiProblem unreadable(long line, String rule) {
        return new ApiProblem(400, "malformed-request", List.of(new Violation("line " + line, rule, null)));
    }
}
