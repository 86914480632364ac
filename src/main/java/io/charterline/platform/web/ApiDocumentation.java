package io.charterline.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of our OpenAPI description (Swagger UI): its title and version, HTTP Basic for every operation (the
 * Authorize button) and the features that group the operations; controllers name their feature with {@code @Tag}.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";

    /** The features in the order Swagger UI lists them. */
    static final List<Tag> FEATURES = List.of(
            feature("Projects", "Start a project from its charter, read it, terminate it early"),
            feature("Plans", "A project's work packages and its baseline versions with their diffs"),
            feature("Resources", "The resource pool, who is booked where, and the load per person and week"),
            feature("Service catalog", "IT services, their dependencies, maintenance windows and freeze periods"),
            feature("Time entries", "Hours booked on work packages, their corrections and withdrawals"),
            feature("Monitoring", "Status reports with earned value and health, and the portfolio"),
            feature("Risks and issues", "A project's risk and issue registers"),
            feature("Change requests", "Request a change, preview its impact, follow the change log"),
            feature("Lessons", "Lessons learned across all projects"),
            feature("Closeout reports", "A finished project's final report as HTML or PDF"),
            feature("Notifications", "What was sent about a project, and whether it was delivered"));

    @Bean
    OpenAPI charterlineOpenApi(ObjectProvider<BuildProperties> build) {
        // build-info.properties comes from the Maven build; a run straight from an IDE may lack it.
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("Charterline API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Charterline's own API beside the engine's (`/engine-rest`): projects from "
                                + "charter to closeout, their plans, resources, time, changes, KPIs and reports. "
                                + "Every call needs HTTP Basic with a user of the engine; what a user may do "
                                + "follows their Charterline groups (requesters, sponsors, project-managers, pmo, "
                                + "ccb, team-members, process-owners)."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .tags(FEATURES);
    }

    private static Tag feature(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
