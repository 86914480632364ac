package io.charterline.lessons;

import io.charterline.platform.web.KnownParametersOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lessons-learned knowledge base, open to everyone signed in. */
@RestController
@Tag(name = "Lessons")
@RequestMapping("/api/lessons")
class LessonController {

    private final LessonSearch search;

    LessonController(LessonSearch search) {
        this.search = search;
    }

    @GetMapping
    @KnownParametersOnly
    @Operation(summary = "Search lessons learned of all projects, best match first",
            description = "All parameters are optional and combine. q is full text (at most 200 characters): words "
                    + "are all required, 'or' between words accepts either, -word excludes, \"a phrase\" keeps its "
                    + "words together. Each hit's matched says where q's words were found (text fields or tags), and "
                    + "relevance orders the hits, best first. Only the 1,000 newest matches are ranked; with more, "
                    + "moreMatches is true and total is 1,000. When nothing matches, hint says so and how to search "
                    + "more broadly. Invalid or unknown parameters get 400 naming each one.")
    LessonPage search(
            @Parameter(description = "Search text, e.g. 'migration estimates'")
            @RequestParam(required = false) String q,
            @Parameter(description = "A tag, e.g. java or crm") @RequestParam(required = false) String tag,
            @Parameter(description = "OBSERVATION, ESTIMATING, CHANGE, SCHEDULE, BUDGET, ESCALATION, STAFFING or "
                    + "GOVERNANCE") @RequestParam(required = false) String category,
            @Parameter(description = "A project key, e.g. PRJ-2026-0001")
            @RequestParam(required = false) String project,
            @Parameter(description = "Page number from 0 (default 0)") @RequestParam(required = false) String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
        return search.search(LessonQuery.of(q, tag, category, project, page, size));
    }
}
