package io.bastion.devstack.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every manifest under deploy/kubernetes, as the base and each overlay render it, validated offline:
 * Kubernetes' own kinds read into fabric8's typed model (a wrong type fails, a field the kind does
 * not have is reported), the operators' kinds against the OpenAPI schemas of their CRDs (with
 * unknown fields refused, which the API server would silently drop). Then what production needs
 * of them: probes, resources, graceful shutdown, a PodDisruptionBudget and an autoscaler per
 * service, secrets only referenced, every pod behind a network policy, the eight topics replicated
 * three times, three PostgreSQL instances and a database per service.
 */
class ManifestsTest {

    private static final Path KUBERNETES = Path.of("").toAbsolutePath().resolve("../../../deploy/kubernetes").normalize();
    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
    private static final List<String> RENDERED = List.of("base", "overlays/staging", "overlays/production");

    @Test
    void everyManifestOfTheBaseAndEachOverlayIsAValidObjectOfItsKind() throws IOException {
        Map<String, Validator> crds = crdValidators();
        List<String> problems = new ArrayList<>();
        for (String directory : RENDERED) {
            for (ObjectNode doc : Kustomizations.build(KUBERNETES.resolve(directory))) {
                String where = directory + ": " + Kustomizations.id(doc);
                String kind = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                if (TYPED.containsKey(kind)) {
                    try {
                        unknownFields(Kustomizations.YAML.treeToValue(doc, TYPED.get(kind)), where, problems);
                    } catch (JsonProcessingException wrongType) {
                        problems.add(where + ": " + wrongType.getOriginalMessage());
                    }
                } else if (crds.containsKey(kind)) {
                    OutputUnit result = crds.get(kind).validate(new JsonObject(doc.toString()));
                    if (!Boolean.TRUE.equals(result.getValid())) {
                        result.getErrors().forEach(e -> problems.add(where + " " + e.getInstanceLocation() + ": " + e.getError()));
                    }
                } else {
                    problems.add(where + ": " + kind + " is neither a typed Kubernetes kind here nor in deploy/kubernetes/crds");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyServiceRunsAsProductionNeeds() {
        List<ObjectNode> docs = Kustomizations.build(KUBERNETES.resolve("overlays/production"));
        Map<String, List<ObjectNode>> byKind = docs.stream().collect(Collectors.groupingBy(d -> d.path("kind").asText()));
        assertFalse(byKind.containsKey("Secret"), "secrets are created by the operators of the cluster, never kept here");
        Set<String> deployments = names(byKind, "Deployment");
        assertEquals(ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.toSet()), deployments);
        for (ObjectNode doc : byKind.get("Deployment")) {
            Deployment d = typed(doc, Deployment.class);
            String name = d.getMetadata().getName();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertTrue(c.getStartupProbe() != null && c.getLivenessProbe() != null && c.getReadinessProbe() != null, name + " lacks a probe");
            assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath(), name);
            assertTrue(c.getResources().getRequests().containsKey("cpu") && c.getResources().getLimits().containsKey("memory"),
                    name + " needs a CPU request and a memory limit");
            assertTrue(c.getLifecycle().getPreStop() != null, name + " must leave its Service's endpoints before it stops");
            assertTrue(d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds() > 25,
                    name + ": the grace period must outlast preStop and quarkus.shutdown.timeout");
            assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(), name);
            for (EnvVar env : c.getEnv()) {
                boolean secret = env.getName().matches(".*(PASSWORD|KEY|USER).*");
                assertTrue(!secret || env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null,
                        name + ": " + env.getName() + " must come from a Secret");
            }
            assertTrue(byKind.get("PodDisruptionBudget").stream().anyMatch(p -> selects(p.at("/spec/selector/matchLabels"), doc)),
                    name + " has no PodDisruptionBudget");
            assertTrue(byKind.get("HorizontalPodAutoscaler").stream().anyMatch(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name)
                    && h.at("/spec/minReplicas").asInt() >= 2), name + " has no autoscaler keeping two instances at least");
            assertTrue(byKind.get("NetworkPolicy").stream().anyMatch(p -> !p.at("/spec/ingress").isMissingNode()
                    && selects(p.at("/spec/podSelector/matchLabels"), doc)), name + " is reached by no network policy");
        }
        assertTrue(byKind.get("NetworkPolicy").stream().anyMatch(p -> p.at("/spec/podSelector").isEmpty() && p.at("/spec/ingress").isMissingNode()),
                "without a default deny, network policies allow everything else");
    }

    @Test
    void kafkaAndPostgresAreReplicatedAndEveryServiceHasItsTopicsAndItsDatabase() {
        List<ObjectNode> docs = Kustomizations.build(KUBERNETES.resolve("overlays/production"));
        Map<String, List<ObjectNode>> byKind = docs.stream().collect(Collectors.groupingBy(d -> d.path("kind").asText()));
        Set<String> topics = ServiceSpec.ALL.stream().flatMap(s -> Stream.of(s.topic(), s.deadLetterTopic())).collect(Collectors.toSet());
        assertEquals(topics, byKind.get("KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText()).collect(Collectors.toSet()));
        for (ObjectNode topic : byKind.get("KafkaTopic")) {
            assertEquals(3, topic.at("/spec/replicas").asInt(), Kustomizations.id(topic));
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), Kustomizations.id(topic));
        }
        assertEquals(3, byKind.get("KafkaNodePool").get(0).at("/spec/replicas").asInt());
        ObjectNode cluster = byKind.get("Cluster").get(0);
        assertEquals(3, cluster.at("/spec/instances").asInt());
        Map<String, JsonNode> roles = new HashMap<>();
        cluster.at("/spec/managed/roles").forEach(r -> roles.put(r.path("name").asText(), r));
        for (ServiceSpec service : ServiceSpec.ALL) {
            ObjectNode database = byKind.get("Database").stream().filter(d -> d.at("/spec/name").asText().equals(service.database()))
                    .findFirst().orElseThrow(() -> new AssertionError("no database " + service.database()));
            JsonNode owner = roles.get(database.at("/spec/owner").asText());
            assertTrue(owner != null && !owner.path("superuser").asBoolean() && !owner.path("bypassrls").asBoolean(),
                    service.database() + " must be owned by a role that row-level security binds");
            assertTrue(docs.stream().anyMatch(d -> d.toString().contains("jdbc:postgresql://bastion-db-rw:5432/" + service.database())),
                    service.name() + " does not connect to its database");
        }
    }

    private static Set<String> names(Map<String, List<ObjectNode>> byKind, String kind) {
        return byKind.getOrDefault(kind, List.of()).stream().map(d -> d.at("/metadata/name").asText()).collect(Collectors.toSet());
    }

    private static boolean selects(JsonNode matchLabels, ObjectNode deployment) {
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        List<String> keys = new ArrayList<>();
        matchLabels.fieldNames().forEachRemaining(keys::add);
        return !keys.isEmpty() && keys.stream().allMatch(k -> matchLabels.path(k).asText().equals(labels.path(k).asText()));
    }

    private static <T> T typed(ObjectNode doc, Class<T> type) {
        try {
            return Kustomizations.YAML.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(Kustomizations.id(doc) + " is not a " + type.getSimpleName(), e);
        }
    }

    /** fabric8's model keeps what it does not know in additionalProperties; anything there is a misspelt or misplaced field. */
    private static void unknownFields(Object node, String path, List<String> problems) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, problems));
        } else if (node != null && node.getClass().getName().startsWith("io.fabric8.")) {
            for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    Object value = read(field, node);
                    if (field.getName().equals("additionalProperties")) {
                        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                            problems.add(path + ": no such field " + extra.keySet());
                        }
                    } else {
                        unknownFields(value, path + "." + field.getName(), problems);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object node) {
        try {
            return field.get(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each CRD version's schema, keyed by apiVersion/kind, with unknown fields refused where the CRD does not keep them. */
    private static Map<String, Validator> crdValidators() throws IOException {
        Map<String, Validator> validators = new HashMap<>();
        try (Stream<Path> files = Files.list(KUBERNETES.resolve("crds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode crd = Kustomizations.documents(file).get(0);
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode version : crd.at("/spec/versions")) {
                    ObjectNode schema = (ObjectNode) version.at("/schema/openAPIV3Schema").deepCopy();
                    closed(schema);
                    validators.put(group + "/" + version.path("name").asText() + "/" + kind, Validator.create(
                            JsonSchema.of(new JsonObject(schema.toString())),
                            new JsonSchemaOptions().setDraft(Draft.DRAFT7).setBaseUri("https://bastion.example/crds/")
                                    .setOutputFormat(OutputFormat.Basic)));
                }
            }
        }
        return validators;
    }

    /** The API server prunes fields a structural schema does not name; here they are errors. */
    private static void closed(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(ManifestsTest::closed);
        } else if (schema.isArray()) {
            schema.elements().forEachRemaining(ManifestsTest::closed);
        }
    }
}
