package io.charterline.plan;

import io.charterline.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans")
@RequestMapping("/api/projects/{key}/baselines")
class BaselineController {

    private final BaselineService baselines;

    BaselineController(BaselineService baselines) {
        this.baselines = baselines;
    }

    @GetMapping
    @Operation(summary = "Every baseline version of a project, oldest first",
            description = "Status, when and by whom it was made, why, the change request behind it, budget at "
                    + "completion and finish. 404 for an unknown project.")
    List<BaselineVersion> versions(@PathVariable String key) {
        return baselines.versions(key);
    }

    @GetMapping("/{version}")
    @Operation(summary = "One baseline version with its packages and the diff to the version before",
            description = "Added, removed and modified packages (old and new values), budget at completion and "
                    + "finish deltas; v1 lists every package as added. 404 for an unknown project or version.")
    BaselineView get(@PathVariable String key, @PathVariable int version) {
        Baseline baseline = baselines.baseline(key, version).orElseThrow(() -> new NotFoundException(
                "Project " + key + " has no baseline v" + version));
        BaselineDiff diff = version == BaselineService.FIRST_VERSION ? BaselineDiff.first(baseline.plan())
                : baselines.baseline(key, version - 1)
                        .map(previous -> BaselineDiff.between(previous.version(), previous.plan(), baseline.plan()))
                        .orElseGet(() -> BaselineDiff.first(baseline.plan()));
        return BaselineView.of(baseline, diff);
    }
}
