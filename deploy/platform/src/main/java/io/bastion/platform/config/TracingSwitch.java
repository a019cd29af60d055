package io.bastion.platform.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Tracing is on exactly when a collector is named: with {@code BASTION_OTLP_ENDPOINT} set, the
 * OpenTelemetry SDK records spans and exports them there over OTLP; without it the SDK is off, so
 * a service never tries to reach a collector that is not there. One variable, not two that could
 * disagree. An explicit {@code quarkus.otel.sdk.disabled} from the environment or a test still wins
 * (this source sits above application.properties and below the environment).
 */
public class TracingSwitch implements ConfigSource {

    static final String ENDPOINT = "BASTION_OTLP_ENDPOINT";
    private static final String DISABLED = "quarkus.otel.sdk.disabled";
    private static final int ORDINAL = 260;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DISABLED);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DISABLED, disabled());
    }

    @Override
    public String getValue(String name) {
        return DISABLED.equals(name) ? disabled() : null;
    }

    @Override
    public String getName() {
        return "bastion-tracing-switch";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    private static String disabled() {
        String endpoint = System.getenv(ENDPOINT);
        return Boolean.toString(endpoint == null || endpoint.isBlank());
    }
}
