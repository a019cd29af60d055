package io.bastion.devstack.launcher;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes every request of a run and its answer, step by step, as Markdown: the raw material of
 * docs/walkthrough.md, taken from a real run rather than imagined. Reads that poll are left out.
 */
final class Transcript implements Filter {

    /** The header that marks a read repeated until the services agree, which the transcript leaves out. */
    static final String POLL = "X-Poll";

    private static final int LIMIT = 20000;

    private final Path file;

    Transcript(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# A campaign across the four services, as run by CampaignAcrossServicesIT\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void step(String title) {
        write("\n## " + title + "\n");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        if (request.getHeaders().hasHeaderWithName(POLL)) {
            return answer;
        }
        URI uri = URI.create(request.getURI());
        StringBuilder entry = new StringBuilder("\n```http\n").append(request.getMethod()).append(' ').append(uri.getPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append("   # port ").append(uri.getPort()).append('\n');
        if (request.getHeaders().hasHeaderWithName("If-Match")) {
            entry.append("If-Match: ").append(request.getHeaders().getValue("If-Match")).append('\n');
        }
        Object body = request.getBody();
        if (body != null) {
            entry.append('\n').append(cut(String.valueOf(body))).append('\n');
        }
        entry.append("```\n```\n").append(answer.statusLine()).append('\n');
        String text = answer.asString();
        if (!text.isEmpty()) {
            entry.append(cut(text)).append('\n');
        }
        write(entry.append("```\n").toString());
        return answer;
    }

    private static String cut(String text) {
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT) + " …";
    }

    private void write(String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
