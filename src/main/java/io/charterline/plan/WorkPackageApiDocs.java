package io.charterline.plan;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The plan upload reads its body as raw bytes for JSON and CSV alike, so springdoc would describe both as base64
 * ({@code string/byte}). Clients send a JSON array of work packages or CSV text; the description says so.
 * A {@code @RequestBody} annotation on one of the three upload methods would replace the body springdoc merges from
 * all of them, so the schemas are set once the document is built.
 */
@Configuration
class WorkPackageApiDocs {

    static final String UPLOAD_PATH = "/api/projects/{key}/work-packages";

    @Bean
    OpenApiCustomizer workPackageUploadBody() {
        return openApi -> {
            ResolvedSchema workPackage = ModelConverters.getInstance()
                    .resolveAsResolvedSchema(new AnnotatedType(WorkPackageSpec.class));
            // The resolver leaves the type out, and springdoc writes OpenAPI 3.1, which takes it from the set of types.
            workPackage.schema.addType("object");
            openApi.getComponents().addSchemas(WorkPackageSpec.class.getSimpleName(), workPackage.schema);
            Content body = openApi.getPaths().get(UPLOAD_PATH).getPost().getRequestBody().getContent();
            body.get(MediaType.APPLICATION_JSON_VALUE).setSchema(new ArraySchema()
                    .items(new Schema<>().$ref(WorkPackageSpec.class.getSimpleName())));
            body.get(WorkPackageController.TEXT_CSV).setSchema(new StringSchema()
                    .description("UTF-8 text, header code,name,estimateHours,skill,skillLevel,predecessors"));
        };
    }
}
