package io.charterline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Replaces every bean the models name in a {@code delegateExpression} (service tasks, task and execution
 * listeners) by a {@link NoOpDelegate}. The names are read from the deployed models, so a delegate added to a
 * model later is replaced too; a field injected into a delegate that {@link NoOpDelegate} cannot take stops the
 * start with a message, instead of failing on the first instance.
 */
final class NoOpDelegates implements BeanFactoryPostProcessor {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(");
    private static final Pattern FIELD = Pattern.compile("<camunda:field name=\"(\\w+)\"");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        Set<String> delegates = new TreeSet<>();
        Set<String> fields = new TreeSet<>();
        Set<String> calledBeans = new TreeSet<>();
        for (String model : models()) {
            collect(DELEGATE, model, delegates);
            collect(FIELD, model, fields);
            collect(BEAN_CALL, model, calledBeans);
        }
        // The engine's own names, not beans: the execution and a decision task's result.
        calledBeans.remove("execution");
        calledBeans.remove("decisionResult");
        calledBeans.remove("ccbTally");
        // Routes the implementation review by the engine's own identity data, not ours: both runs keep it.
        calledBeans.remove("changeReviewers");
        // The board vote's due date and reminder: a date from the working calendar, not a step's work.
        calledBeans.remove("workingDays");
        if (!calledBeans.isEmpty()) {
            throw new IllegalStateException("The models call beans " + calledBeans + " in expressions; give each "
                    + "a stand-in in " + NoOpDelegates.class.getName());
        }
        // The board vote's completion condition reads our votes table, which the no-op listeners leave empty:
        // the vote then ends when every member has voted.
        registry.removeBeanDefinition("ccbTally");
        registry.registerBeanDefinition("ccbTally", new RootBeanDefinition(UndecidedTally.class,
                UndecidedTally::new));
        for (String field : fields) {
            if (!hasField(field)) {
                throw new IllegalStateException("A model injects field '" + field + "' into a delegate; add an "
                        + "Expression field of that name to " + NoOpDelegate.class.getName());
            }
        }
        for (String name : delegates) {
            if (registry.containsBeanDefinition(name)) {
                registry.removeBeanDefinition(name);
            }
            registry.registerBeanDefinition(name, new RootBeanDefinition(NoOpDelegate.class,
                    () -> new NoOpDelegate(name)));
        }
    }

    /** Stands in for {@code ccbTally} in {@code ${ccbTally.decided(changeRequestId, nrOfInstances)}}. */
    public static final class UndecidedTally {

        public boolean decided(String changeRequestId, int voters) {
            return false;
        }
    }

    private static boolean hasField(String name) {
        for (Field field : NoOpDelegate.class.getDeclaredFields()) {
            if (field.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static java.util.List<String> models() {
        try {
            java.util.List<String> models = new java.util.ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:processes/**/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    models.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (models.isEmpty()) {
                throw new IllegalStateException("no processes/**/*.bpmn on the class path");
            }
            return models;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the process models", e);
        }
    }
}
