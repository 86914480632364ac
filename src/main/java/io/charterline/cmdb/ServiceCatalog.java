package io.charterline.cmdb;

import io.charterline.platform.persistence.WriterLocks;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service catalog: configuration items, their dependencies, maintenance windows and freeze periods. */
@Service
public class ServiceCatalog {

    private final ConfigurationItemRepository items;
    private final FreezePeriodRepository freezePeriods;
    private final ServiceValidator validator;
    private final WriterLocks writerLocks;

    public ServiceCatalog(ConfigurationItemRepository items, FreezePeriodRepository freezePeriods,
                          ServiceValidator validator, WriterLocks writerLocks) {
        this.items = items;
        this.freezePeriods = freezePeriods;
        this.validator = validator;
        this.writerLocks = writerLocks;
    }

    /** The whole catalog as a graph, loaded in four queries; query it as often as needed. */
    @Transactional(readOnly = true)
    public ServiceGraph graph() {
        return new ServiceGraph(items.findAllNodes(), items.findAllDependencies(),
                byItem(items.findAllMaintenanceWindows()),
                freezePeriods.findAllWithItems().stream().map(FreezePeriodView::of).toList());
    }

    /**
     * The part of the catalog that a change to the items {@code keys} touches, for impact analysis and window
     * rules: those items, every item that depends on them directly or through others, and the items they depend
     * on directly, with the dependencies between them, their windows, their freezes and the global ones. A
     * change reads its neighbourhood, one query per level of dependents, instead of the whole catalog, which
     * grows with the organisation. Keys that are not in the catalog are not in the graph either. The other
     * items' own dependencies are only there as far as they lead to {@code keys}.
     */
    @Transactional(readOnly = true)
    public ServiceGraph graphAround(Collection<String> keys) {
        if (keys.isEmpty()) {
            return new ServiceGraph(List.of(), List.of(), Map.of(), freezesOf(Set.of()));
        }
        Set<String> included = new HashSet<>(keys);
        Set<Dependency> dependencies = new HashSet<>(items.findDependenciesOf(keys));
        Set<String> level = Set.copyOf(keys);
        while (!level.isEmpty()) {
            List<Dependency> dependents = items.findDependenciesOn(level);
            dependencies.addAll(dependents);
            level = dependents.stream().map(Dependency::dependent).filter(included::add).collect(Collectors.toSet());
        }
        dependencies.forEach(dependency -> included.add(dependency.dependsOn()));
        return new ServiceGraph(items.findNodes(included), dependencies, byItem(items.findMaintenanceWindows(included)),
                freezesOf(included));
    }

    /** The freeze periods of the items {@code keys}, and the global ones. */
    private List<FreezePeriodView> freezesOf(Set<String> keys) {
        return freezePeriods.findAllWithItems().stream().map(FreezePeriodView::of)
                .filter(period -> period.isGlobal() || keys.contains(period.service())).toList();
    }

    private static Map<String, List<MaintenanceWindow>> byItem(List<Object[]> rows) {
        Map<String, List<MaintenanceWindow>> windows = new HashMap<>();
        for (Object[] row : rows) {
            windows.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((MaintenanceWindow) row[1]);
        }
        return windows;
    }

    @Transactional(readOnly = true)
    public List<ServiceView> list() {
        ServiceGraph graph = graph();
        return items.findAllByOrderByKeyAsc().stream().map(item -> ServiceView.of(item, graph)).toList();
    }

    @Transactional(readOnly = true)
    public ServiceView get(String key) {
        return ServiceView.of(require(key), graphAround(List.of(key)));
    }

    /** @throws InvalidInputException naming each bad field, an unknown dependency or the cycle it would close */
    @Transactional
    public ServiceView create(ServiceInput input) {
        writerLocks.lock(WriterLocks.SERVICE_CATALOG);
        rejectIfAny(createErrors(input));
        ConfigurationItem item = new ConfigurationItem(input.key(), null, null);
        apply(input, item);
        return ServiceView.of(item, graphAround(List.of(item.getKey())));
    }

    /**
     * Replaces the item's fields, dependencies, windows and own freeze periods with those given.
     *
     * @throws NotFoundException     for an unknown key
     * @throws InvalidInputException naming each bad field, an unknown dependency or the cycle it would close
     */
    @Transactional
    public ServiceView update(String key, ServiceInput input) {
        writerLocks.lock(WriterLocks.SERVICE_CATALOG);
        ConfigurationItem item = require(key);
        rejectIfAny(updateErrors(key, input));
        apply(input, item);
        return ServiceView.of(item, graphAround(List.of(item.getKey())));
    }

    /** Every rule a new service breaks, as {@link #create} refuses it. */
    @Transactional(readOnly = true)
    public List<InvalidField> createErrors(ServiceInput input) {
        ServiceGraph graph = graph();
        List<InvalidField> errors = validator.validate(input.key(), input, graph);
        if (input.key() != null && graph.contains(input.key())) {
            errors.add(new InvalidField("key", "a service with key " + input.key()
                    + " exists already; change it with PUT /api/services/" + input.key()));
        }
        return errors;
    }

    /** Every rule the service's new fields break, as {@link #update} refuses them; a NotFoundException first. */
    @Transactional(readOnly = true)
    public List<InvalidField> updateErrors(String key, ServiceInput input) {
        require(key);
        List<InvalidField> errors = validator.validate(key, input, graph());
        if (input.key() != null && !input.key().equals(key)) {
            errors.add(new InvalidField("key", "cannot change (the path names " + key
                    + "); leave it out or repeat it"));
        }
        return errors;
    }

    /** Every freeze period, global and per service, by start date. */
    @Transactional(readOnly = true)
    public List<FreezePeriodView> freezePeriods() {
        return freezePeriods.findAllWithItems().stream().map(FreezePeriodView::of).toList();
    }

    /** Freezes the whole catalog for the given days. */
    @Transactional
    public FreezePeriodView freezeAll(ServiceInput.FreezeInput input) {
        rejectIfAny(ServiceValidator.freeze("", input));
        return FreezePeriodView.of(freezePeriods.save(
                new FreezePeriod(null, input.from(), input.to(), input.reason().strip())));
    }

    /** Removes a global freeze; a service's own freezes change with the service (PUT). */
    @Transactional
    public void deleteGlobalFreeze(long id) {
        FreezePeriod period = freezePeriods.findById(id)
                .orElseThrow(() -> new NotFoundException("No freeze period with id " + id));
        if (period.getItem() != null) {
            throw new ConflictException("Freeze period " + id + " belongs to service " + period.getItem().getKey()
                    + "; change it with PUT /api/services/" + period.getItem().getKey());
        }
        freezePeriods.delete(period);
    }

    private void apply(ServiceInput input, ConfigurationItem item) {
        item.setName(input.name().strip());
        item.setDescription(input.description() == null || input.description().isBlank()
                ? null : input.description().strip());
        item.setCriticality(input.criticality());
        item.setOwnerId(input.owner());
        item.setDependsOn(items.findByKeyIn(new LinkedHashSet<>(input.dependsOnOrEmpty())));
        item.setMaintenanceWindows(input.maintenanceWindowsOrEmpty());
        items.saveAndFlush(item);
        freezePeriods.deleteByItem(item);
        for (ServiceInput.FreezeInput freeze : input.freezePeriodsOrEmpty()) {
            freezePeriods.save(new FreezePeriod(item, freeze.from(), freeze.to(), freeze.reason().strip()));
        }
        freezePeriods.flush();
    }

    private ConfigurationItem require(String key) {
        return items.findByKey(key).orElseThrow(() -> new NotFoundException("No service with key " + key));
    }

    private static void rejectIfAny(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
