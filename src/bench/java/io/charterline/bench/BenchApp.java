package io.charterline.bench;

import io.charterline.CharterlineApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application in this JVM, on its own database and under its own engine name, so that the real and
 * the engine-only run (and tuning variants) can live side by side and be measured in turns. Demo users, groups,
 * resource pool and service catalog are loaded; demo projects are not; the job executor is off because the
 * benchmark runs the asynchronous steps itself.
 */
final class BenchApp implements AutoCloseable {

    final String label;
    final boolean engineOnly;
    final CommitCounter commits;
    final ConfigurableApplicationContext context;
    final LifecycleScript script;

    private BenchApp(String label, boolean engineOnly, ConfigurableApplicationContext context, CommitCounter commits) {
        this.label = label;
        this.engineOnly = engineOnly;
        this.context = context;
        this.commits = commits;
        this.script = new LifecycleScript(context, engineOnly);
    }

    /**
     * @param settings extra application properties of this variant (e.g. a tuning setting), name to value
     */
    static BenchApp start(String label, Database.Url database, boolean engineOnly, Map<String, String> settings) {
        return start(label, database, engineOnly, settings, null);
    }

    /**
     * @param steps if not null, measures the CPU time of each of our steps (profiling only: it adds a proxy each)
     */
    static BenchApp start(String label, Database.Url database, boolean engineOnly, Map<String, String> settings,
                          StepTimes steps) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--CHARTERLINE_DB_URL=" + database.jdbcUrl(),
                "--CHARTERLINE_DB_USER=" + database.user(),
                "--CHARTERLINE_DB_PASSWORD=" + database.password(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm.engine.context=OFF",
                "--charterline.demo.enabled=true",
                "--charterline.demo.projects=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=" + label.replaceAll("[^A-Za-z0-9]", "")));
        settings.forEach((name, value) -> args.add("--" + name + "=" + value));
        CommitCounter counter = new CommitCounter();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CharterlineApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles(database.postgres() ? new String[] {"postgres"} : new String[0])
                .initializers(context -> {
                    context.getBeanFactory().addBeanPostProcessor(counter);
                    if (steps != null) {
                        context.getBeanFactory().addBeanPostProcessor(steps);
                    }
                    if (engineOnly) {
                        context.addBeanFactoryPostProcessor(new NoOpDelegates());
                    }
                });
        return new BenchApp(label, engineOnly, builder.run(args.toArray(String[]::new)), counter);
    }

    @Override
    public void close() {
        context.close();
    }
}
