package io.charterline.platform.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the repository's models ({@code processes/}: BPMN, DMN) and forms ({@code forms/}) when the engine starts,
 * in place of the starter's auto-deployment. Only a file that differs from its latest version in the earlier
 * deployments of this name is deployed, under its name within its folder ({@code governance-tier.dmn}), the same from
 * the jar and from {@code mvn spring-boot:run}. So a restart with one changed file makes a new version of that file
 * alone, and a rule a process owner deployed from Camunda Modeler stays the latest until its file in the repository
 * changes. The starter instead deployed every file anew when one changed, named by its path on disk.
 * <p>It deploys once every bean is built, before the application runners (the demo) and the job executor start,
 * through the engine's public repository API only.
 */
@Component
public class RepositoryModels implements SmartInitializingSingleton {

    /** The engine compares each file with the latest file of the same name in deployments of this name. */
    public static final String DEPLOYMENT_NAME = "charterline";
    /** How Cockpit's deployments view tells these from a process owner's ("Camunda Modeler"). */
    public static final String DEPLOYMENT_SOURCE = "repository: processes/, forms/";

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryModels.class);
    private static final Map<String, List<String>> EXTENSIONS_BY_FOLDER = Map.of(
            "processes", List.of("bpmn", "dmn"),
            "forms", List.of("form"));

    private final ResourcePatternResolver resolver;
    private final RepositoryService repositoryService;
    private final String root;

    @Autowired
    public RepositoryModels(ResourcePatternResolver resolver, RepositoryService repositoryService) {
        this(resolver, repositoryService, "classpath*:");
    }

    /** Reads {@code processes/} and {@code forms/} under the given location, such as {@code file:/tmp/models/}. */
    RepositoryModels(ResourcePatternResolver resolver, RepositoryService repositoryService, String root) {
        this.resolver = resolver;
        this.repositoryService = repositoryService;
        this.root = root;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Deploys the changed files; returns their names, empty when nothing changed. */
    public List<String> deploy() {
        Map<String, Resource> files = files();
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_SOURCE)
                .enableDuplicateFiltering(true);
        for (Map.Entry<String, Resource> file : files.entrySet()) {
            builder.addInputStream(file.getKey(), new ByteArrayInputStream(content(file.getValue())));
        }
        String before = latestDeploymentId();
        Deployment deployment = builder.deploy();
        if (deployment.getId().equals(before)) {
            LOG.info("Models and forms of the repository unchanged ({} files), nothing deployed", files.size());
            return List.of();
        }
        List<String> deployed = repositoryService.getDeploymentResourceNames(deployment.getId()).stream()
                .sorted().toList();
        LOG.info("Deployed the changed models and forms of the repository as new versions: {}", deployed);
        return deployed;
    }

    /** The files by their name within their folder, in a stable order. */
    private Map<String, Resource> files() {
        Map<String, Resource> files = new TreeMap<>();
        EXTENSIONS_BY_FOLDER.forEach((folder, extensions) -> {
            for (String extension : extensions) {
                for (Resource resource : resources(root + folder + "/**/*." + extension)) {
                    files.put(nameWithin(folder, resource), resource);
                }
            }
        });
        return files;
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** The path after the folder, from the file's URL, which on disk and in a jar alike ends with folder/path. */
    private static String nameWithin(String folder, Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("/" + folder + "/") + folder.length() + 2);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot locate " + resource, e);
        }
    }

    private String latestDeploymentId() {
        return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1).stream()
                .map(Deployment::getId).findFirst().orElse(null);
    }

    private static byte[] content(Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
