package io.charterline.closing;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import io.charterline.closing.CloseoutReportData.Cost;
import io.charterline.closing.CloseoutReportData.EarlyCompletion;
import io.charterline.closing.CloseoutReportData.Kpi;
import io.charterline.closing.CloseoutReportData.LessonLine;
import io.charterline.closing.CloseoutReportData.RegisterEntry;
import io.charterline.closing.CloseoutReportData.ResourceUse;
import io.charterline.closing.CloseoutReportData.Schedule;
import io.charterline.closing.CloseoutReportData.Scope;
import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonSource;
import io.charterline.lessons.Phase;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A closed project's report data with hand-picked figures, and user text that tries to break out of the HTML. */
final class CloseoutReportSamples {

    static final String HOSTILE_NAME = "<script>alert('x')</script> Order entry";
    static final String HOSTILE_LESSON = "' OR 1=1 -- <b>bold</b> & more";

    private CloseoutReportSamples() {
    }

    static CloseoutReportData closedProject() {
        return new CloseoutReportData("PRJ-2026-0007", HOSTILE_NAME, "sponsor", "pm", ProjectStatus.CLOSED,
                "Cut order handling time by 30 %",
                new Scope("Order entry", "Invoicing", "New order UI\nRunbook", "Orders in under 2 minutes"),
                new Schedule(3, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 3, 4),
                        false, LocalDate.of(2026, 7, 12)),
                new Cost(new BigDecimal("125000.00"), new BigDecimal("128000.00"), new BigDecimal("120000.00"),
                        new BigDecimal("141600.00")),
                List.of(new BurnPoint(LocalDate.of(2026, 4, 1), money("30000"), money("27000"), money("31000")),
                        new BurnPoint(LocalDate.of(2026, 5, 1), money("70000"), money("62000"), money("74000")),
                        new BurnPoint(LocalDate.of(2026, 6, 1), money("110000"), money("98000"), money("121000")),
                        new BurnPoint(LocalDate.of(2026, 7, 12), money("120000"), money("120000"), money("141600"))),
                List.of(new Kpi("Schedule performance index (SPI)", "0.89"),
                        new Kpi("Cost performance index (CPI)", "0.85")),
                null,
                List.of(new Change("CR-2026-0001", "Add CSV export", "missed requirement", LocalDate.of(2026, 4, 2),
                                LocalDate.of(2026, 4, 9), "Carla Board, Chris Board and 1 more", "Approved",
                                money("4000"), money("3000"), 5),
                        new Change("CR-2026-0002", "New VAT rule", "regulatory", LocalDate.of(2026, 5, 4),
                                LocalDate.of(2026, 5, 4), "Paula Manager", "Rejected", null, null, null)),
                List.of(new ResourceUse("dev1", "JAVA", null, null, new BigDecimal("160"), new BigDecimal("208"),
                        BigDecimal.ZERO)),
                List.of(new LessonLine(Phase.EXECUTION, LessonCategory.ESTIMATING,
                                "JAVA work took 30% more hours than estimated", "48 h more JAVA effort than planned.",
                                "Estimate JAVA work about 30% higher", LessonSource.DERIVED, null),
                        new LessonLine(Phase.CLOSING, LessonCategory.OBSERVATION, HOSTILE_LESSON, null, null,
                                LessonSource.PERSON, "pm")),
                null, null,
                List.of(new EarlyCompletion("NET-3", "Network cut-over", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 5, 11), new BigDecimal("60"), new BigDecimal("4"))),
                List.of(new RegisterEntry("Risk", "Payment sandbox unstable", "HIGH, score 16", "Nina Andersen",
                                "CLOSED at closeout (was MITIGATED)",
                                "Still MITIGATED when the project was closed; closed with the project at closeout"),
                        new RegisterEntry("Issue", "Build server down", "CRITICAL", "Paula Manager", "RESOLVED",
                                "Disk replaced")),
                null);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
