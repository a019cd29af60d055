package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Label;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What {@code kustomize build} makes of a directory, for the features our kustomizations use:
 * resources (files and other kustomizations), a namespace, labels, image tags, and patches, either
 * strategic merges of a partial manifest matched by kind and name or JSON 6902 replacements on a
 * target chosen by kind and label. There is no kustomize binary here; a feature used but not
 * known here fails, rather than being ignored.
 */
final class Kustomizations {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomizations() {
    }

    /** The manifests a kustomization directory renders to. */
    static List<ObjectNode> build(Path directory) {
        Kustomization k = read(directory.resolve("kustomization.yaml"), Kustomization.class);
        if (!k.getAdditionalProperties().isEmpty()) {
            throw new IllegalArgumentException(directory + " uses kustomize features this check does not know: " + k.getAdditionalProperties().keySet());
        }
        List<ObjectNode> docs = new ArrayList<>();
        for (String resource : k.getResources()) {
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                docs.addAll(build(path));
            } else {
                docs.addAll(documents(path));
            }
        }
        for (Label label : k.getLabels()) {
            docs.forEach(doc -> label.getPairs().forEach((name, value) -> metadata(doc).with("labels").put(name, value)));
        }
        for (Patch patch : k.getPatches()) {
            apply(patch, directory, docs);
        }
        for (Image image : k.getImages()) {
            docs.forEach(doc -> doc.findParents("image").forEach(container -> {
                String current = container.path("image").asText();
                if (current.startsWith(image.getName() + ":")) {
                    ((ObjectNode) container).put("image", image.getName() + ":" + image.getNewTag());
                }
            }));
        }
        if (k.getNamespace() != null) {
            docs.forEach(doc -> metadata(doc).put("namespace", k.getNamespace()));
        }
        return docs;
    }

    /** Every YAML document in a file. */
    static List<ObjectNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> docs = new ArrayList<>();
            YAML.readValues(parser, ObjectNode.class).forEachRemaining(docs::add);
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as " + type.getSimpleName(), e);
        }
    }

    static String id(JsonNode doc) {
        return doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    private static void apply(Patch patch, Path directory, List<ObjectNode> docs) {
        Path file = directory.resolve(patch.getPath());
        if (patch.getTarget() == null) {
            for (ObjectNode partial : documents(file)) {
                ObjectNode target = docs.stream().filter(d -> id(d).equals(id(partial))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(file + " patches " + id(partial) + ", which the base does not have"));
                merge(target, partial);
            }
            return;
        }
        String kind = patch.getTarget().getKind();
        String[] label = patch.getTarget().getLabelSelector() == null ? null : patch.getTarget().getLabelSelector().split("=", 2);
        List<ObjectNode> targets = docs.stream().filter(d -> d.path("kind").asText().equals(kind))
                .filter(d -> label == null || label[1].equals(d.path("metadata").path("labels").path(label[0]).asText())).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(file + " targets " + kind + " " + patch.getTarget().getLabelSelector() + ", which the base does not have");
        }
        ArrayNode operations = read(file, ArrayNode.class);
        for (ObjectNode target : targets) {
            for (JsonNode op : operations) {
                replace(target, op.path("op").asText(), op.path("path").asText(), op.path("value"), file);
            }
        }
    }

    /** A strategic merge as our patches need it: objects merge key by key, anything else is replaced. */
    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                merge(into, from);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static void replace(ObjectNode target, String op, String pointer, JsonNode value, Path file) {
        if (!op.equals("replace")) {
            throw new IllegalArgumentException(file + ": only replace operations are checked, not " + op);
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = target.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value.deepCopy());
        } else {
            throw new IllegalArgumentException(file + " replaces " + pointer + ", which " + id(target) + " does not have");
        }
    }

    private static ObjectNode metadata(ObjectNode doc) {
        return doc.with("metadata");
    }
}
