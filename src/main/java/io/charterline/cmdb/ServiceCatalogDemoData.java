package io.charterline.cmdb;

import static io.charterline.cmdb.Criticality.CRITICAL;
import static io.charterline.cmdb.Criticality.HIGH;
import static io.charterline.cmdb.Criticality.LOW;
import static io.charterline.cmdb.Criticality.MEDIUM;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import io.charterline.platform.identity.DemoProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A realistic service catalog for the demo: 25 services from the network up to the online shop, with maintenance
 * windows, a quarter-end freeze on billing and a global year-end freeze. Only with demo data on; items and
 * freezes that exist already are left alone, so restarts change nothing.
 */
@Component
@Order(10)
class ServiceCatalogDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalogDemoData.class);
    private static final String YEAR_END_FREEZE = "Year-end freeze: financial closing and holiday staffing";

    private record DemoService(String key, String name, Criticality criticality, String owner, String description,
                               List<String> dependsOn, List<MaintenanceWindow> windows) {
    }

    /** Listed so that every service comes after the ones it depends on. */
    private static final List<DemoService> SERVICES = List.of(
            service("NETWORK-CORE", "Core network", CRITICAL, "admin", "Data centre and campus network, DNS, DHCP",
                    List.of(), window(SUNDAY, 2, 240)),
            service("VIRT-PLATFORM", "Virtualisation platform", CRITICAL, "admin", "Hypervisor cluster and storage",
                    List.of("NETWORK-CORE"), window(SUNDAY, 1, 300)),
            service("K8S", "Container platform", CRITICAL, "admin", "Kubernetes clusters for in-house services",
                    List.of("VIRT-PLATFORM", "NETWORK-CORE"), window(SATURDAY, 22, 360)),
            service("IAM", "Identity and access management", CRITICAL, "admin", "Directory, single sign-on, MFA",
                    List.of("NETWORK-CORE"), window(SUNDAY, 3, 120)),
            service("CUSTOMER-DB", "Customer database", CRITICAL, "admin", "Master data of customers and contracts",
                    List.of("VIRT-PLATFORM"), window(SATURDAY, 23, 240)),
            service("ERP-DB", "ERP database", HIGH, "admin", "Database cluster of the ERP system",
                    List.of("VIRT-PLATFORM"), window(SATURDAY, 23, 240)),
            service("MESSAGE-BUS", "Message bus", HIGH, "admin", "Event streaming between applications",
                    List.of("K8S"), window(SUNDAY, 2, 180)),
            service("API-GATEWAY", "API gateway", CRITICAL, "admin", "External and partner APIs",
                    List.of("K8S", "IAM"), window(SUNDAY, 4, 120)),
            service("EMAIL", "E-mail and calendar", MEDIUM, "admin", "Mail, calendars and distribution lists",
                    List.of("IAM", "NETWORK-CORE"), window(SATURDAY, 20, 240)),
            service("DWH", "Data warehouse", MEDIUM, "admin", "Analytical store fed nightly from operations",
                    List.of("VIRT-PLATFORM"), window(SUNDAY, 6, 360)),
            service("CRM", "Customer relationship management", HIGH, "owner", "Sales pipeline, accounts, contacts",
                    List.of("CUSTOMER-DB", "IAM", "MESSAGE-BUS"), window(WEDNESDAY, 20, 180)),
            service("PAYMENT-GW", "Payment gateway", CRITICAL, "owner", "Card and direct-debit payments",
                    List.of("API-GATEWAY"), window(SUNDAY, 4, 120)),
            service("BILLING", "Billing", CRITICAL, "owner", "Invoicing, dunning and revenue accounting",
                    List.of("CUSTOMER-DB", "PAYMENT-GW", "MESSAGE-BUS"), window(SATURDAY, 22, 240)),
            service("ERP", "Enterprise resource planning", HIGH, "owner", "Finance, procurement and controlling",
                    List.of("ERP-DB", "IAM", "MESSAGE-BUS"), window(SATURDAY, 20, 480)),
            service("HR", "HR and payroll", HIGH, "owner", "Personnel records, payroll, leave",
                    List.of("ERP", "IAM"), window(SATURDAY, 20, 480)),
            service("ECOMMERCE", "Online shop", CRITICAL, "owner", "Web shop for consumers and business customers",
                    List.of("API-GATEWAY", "CRM", "BILLING", "PAYMENT-GW"), window(TUESDAY, 2, 120)),
            service("CUSTOMER-PORTAL", "Customer portal", HIGH, "owner", "Self-service for contracts and invoices",
                    List.of("API-GATEWAY", "CRM", "BILLING", "IAM"), window(TUESDAY, 2, 120)),
            service("MOBILE-APP", "Mobile app backend", HIGH, "owner", "Backend of the iOS and Android apps",
                    List.of("API-GATEWAY", "CUSTOMER-PORTAL"), window(TUESDAY, 2, 120)),
            service("SUPPORT-DESK", "Service desk", MEDIUM, "owner", "Tickets, knowledge base, customer calls",
                    List.of("CRM", "EMAIL", "IAM"), window(SUNDAY, 8, 240)),
            service("REPORTING", "Management reporting", MEDIUM, "owner", "Dashboards and monthly management reports",
                    List.of("DWH", "ERP"), window(SUNDAY, 8, 240)),
            service("DOC-MGMT", "Document management", MEDIUM, "owner", "Contracts, policies and records archive",
                    List.of("IAM", "VIRT-PLATFORM"), window(SATURDAY, 18, 300)),
            service("INTRANET", "Intranet", LOW, "owner", "News, team sites and the staff directory",
                    List.of("IAM", "DOC-MGMT"), window(SATURDAY, 18, 300)),
            service("MONITORING", "Monitoring and alerting", HIGH, "admin", "Metrics, logs and on-call alerting",
                    List.of("K8S", "NETWORK-CORE"), window(WEDNESDAY, 21, 120)),
            service("BACKUP", "Backup and restore", HIGH, "admin", "Backups of every production system",
                    List.of("VIRT-PLATFORM", "NETWORK-CORE"), window(SUNDAY, 10, 240)),
            service("WAREHOUSE-MGMT", "Warehouse management", HIGH, "owner", "Stock, picking and shipping",
                    List.of("ERP", "MESSAGE-BUS"), window(SUNDAY, 0, 240)));

    private final ServiceCatalog catalog;
    private final ConfigurationItemRepository items;
    private final Clock clock;
    private final boolean enabled;

    ServiceCatalogDemoData(ServiceCatalog catalog, ConfigurationItemRepository items, Clock clock,
                           DemoProperties demo) {
        this.catalog = catalog;
        this.items = items;
        this.clock = clock;
        this.enabled = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (DemoService service : SERVICES) {
            if (items.findByKey(service.key()).isPresent()) {
                continue;
            }
            List<ServiceInput.FreezeInput> freezes = service.key().equals("BILLING")
                    ? List.of(quarterEndClosing(today))
                    : List.of();
            catalog.create(new ServiceInput(service.key(), service.name(), service.description(),
                    service.criticality(), service.owner(), service.dependsOn(), service.windows(), freezes));
            created++;
        }
        LocalDate freezeStart = MonthDay.of(12, 15).atYear(today.getYear());
        boolean frozen = catalog.freezePeriods().stream()
                .anyMatch(period -> period.isGlobal() && period.from().equals(freezeStart));
        if (!frozen) {
            catalog.freezeAll(new ServiceInput.FreezeInput(freezeStart, MonthDay.of(1, 6).atYear(today.getYear() + 1),
                    YEAR_END_FREEZE));
        }
        if (created > 0) {
            LOG.info("Created {} demo services", created);
        }
    }

    /** The last week of the quarter after today's, while invoices go out. */
    private static ServiceInput.FreezeInput quarterEndClosing(LocalDate today) {
        LocalDate quarterEnd = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .plusMonths(6).minusDays(1);
        return new ServiceInput.FreezeInput(quarterEnd.minusDays(6), quarterEnd.plusDays(3),
                "Quarter-end invoicing run");
    }

    private static DemoService service(String key, String name, Criticality criticality, String owner,
                                       String description, List<String> dependsOn, MaintenanceWindow window) {
        return new DemoService(key, name, criticality, owner, description, dependsOn, List.of(window));
    }

    private static MaintenanceWindow window(DayOfWeek day, int hour, int minutes) {
        return new MaintenanceWindow(day, LocalTime.of(hour, 0), minutes);
    }
}
