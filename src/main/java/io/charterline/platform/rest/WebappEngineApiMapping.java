package io.charterline.platform.rest;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Tasklist works through the webapps' own copy of the engine API ({@code /camunda/api/engine}), a JAX-RS
 * application the starter builds and we cannot configure as we do engine-rest ({@link EngineRestConfiguration}).
 * Jersey applies this to every application it starts ({@code META-INF/services}); it adds our exception mapping
 * to the one that serves the engine's resources and lacks it, so a refusal by one of our listeners (the emergency
 * approver claiming its review) is answered 403 with its reason there too, not 500; and the guard that leaves
 * deleting deployments to administrators ({@link DeploymentDeletionGuard}).
 */
public class WebappEngineApiMapping implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        var configuration = context.getConfiguration();
        if (configuration.getRuntimeType() != RuntimeType.SERVER
                || !configuration.getClasses().contains(NamedProcessEngineRestServiceImpl.class)
                || configuration.isRegistered(BadInputRestExceptionMapper.class)) {
            return;
        }
        context.register(BadInputRestExceptionMapper.class);
        context.register(BadInputRestExceptionMapper.MalformedJson.class);
        context.register(BadInputRestExceptionMapper.UnmappableJson.class);
        context.register(BadInputRestExceptionMapper.EngineFailure.class);
        context.register(DeploymentDeletionGuard.class);
    }
}
