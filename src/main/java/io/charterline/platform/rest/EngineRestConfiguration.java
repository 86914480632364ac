package io.charterline.platform.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** engine-rest as the starter builds it, plus Charterline's own exception mapping and deletion guard. */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(BadInputRestExceptionMapper.class);
        register(BadInputRestExceptionMapper.MalformedJson.class);
        register(BadInputRestExceptionMapper.UnmappableJson.class);
        register(BadInputRestExceptionMapper.EngineFailure.class);
        register(DeploymentDeletionGuard.class);
    }
}
