package io.charterline.cmdb;

import io.charterline.platform.persistence.WriterLocks;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Map<String, List<MaintenanceWindow>> windows = new HashMap<>();
        for (Object[] row : items.findAllMaintenanceWindows()) {
            windows.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((MaintenanceWindow) row[1]);
        }
        return new ServiceGraph(items.findAllNodes(), items.findAllDependencies(), windows,
                freezePeriods.findAllWithItems().stream().map(FreezePeriodView::of).toList());
    }

    @Transactional(readOnly = true)
    public List<ServiceView> list() {
        ServiceGraph graph = graph();
        return items.findAllByOrderByKeyAsc().stream().map(item -> ServiceView.of(item, graph)).toList();
    }

    @Transactional(readOnly = true)
    public ServiceView get(String key) {
        return ServiceView.of(require(key), graph());
    }

    /** @throws InvalidInputException naming each bad field, an unknown dependency or the cycle it would close */
    @Transactional
    public ServiceView create(ServiceInput input) {
        writerLocks.lock(WriterLocks.SERVICE_CATALOG);
        ServiceGraph graph = graph();
        List<InvalidField> errors = validator.validate(input.key(), input, graph);
        if (input.key() != null && graph.contains(input.key())) {
            errors.add(new InvalidField("key", "a service with key " + input.key()
                    + " exists already; change it with PUT /api/services/" + input.key()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConfigurationItem item = new ConfigurationItem(input.key(), null, null);
        apply(input, item);
        return ServiceView.of(item, graph());
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
        List<InvalidField> errors = validator.validate(key, input, graph());
        if (input.key() != null && !input.key().equals(key)) {
            errors.add(new InvalidField("key", "cannot change (the path names " + key
                    + "); leave it out or repeat it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        apply(input, item);
        return ServiceView.of(item, graph());
    }

    /** Every freeze period, global and per service, by start date. */
    @Transactional(readOnly = true)
    public List<FreezePeriodView> freezePeriods() {
        return freezePeriods.findAllWithItems().stream().map(FreezePeriodView::of).toList();
    }

    /** Freezes the whole catalog for the given days. */
    @Transactional
    public FreezePeriodView freezeAll(ServiceInput.FreezeInput input) {
        List<InvalidField> errors = ServiceValidator.freeze("", input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
}
