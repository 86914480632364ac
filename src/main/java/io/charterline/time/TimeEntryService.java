package io.charterline.time;

import io.charterline.plan.ReportedHours;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.persistence.WriterLocks;
import io.charterline.platform.text.Counted;
import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.platform.web.TwoDecimals;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time booking on work packages, and the actual hours derived from it.
 *
 * <p>While a package is released and not finished (READY or IN_PROGRESS), its assignee books hours on it day by
 * day as time entries. Completing it gives the package's total hours, the entries included, so nobody has to work
 * out what is not booked yet; the total is its actual hours from then on, and must be at least what its entries
 * hold. An open package's actual hours are the sum of its entries.
 *
 * <p>The 24-hour rule holds a person's entries of one day across all projects. A completion's total is not
 * counted on the day it was completed: it covers the package's whole span, and a two-week package's 80 h would
 * have filled that day and refused every other booking on it. {@link WorkPackageService#complete} instead fits its
 * hours beyond the package's entries into the person's days since the package's release, beside their entries and
 * their other completions of those days; and a later entry in those days must leave that room.
 *
 * <p>A wrong entry is corrected or withdrawn while its package is not DONE or CANCELLED and the project is active,
 * by its person, the project's manager, the PMO or an administrator; each change is kept in
 * {@code time_entry_correction} (who, when, the old and new day and hours, a note it replaced). Whoever changes
 * someone else's entry says why, and the entry's person is told ({@link TimeEntryChangeNotice}): hours are what
 * they are paid and measured by, and nobody should find theirs changed without knowing who did it and why.
 */
@Service
public class TimeEntryService implements BodyRules<TimeEntryCorrectionInput> {

    static final BigDecimal HOURS_PER_DAY = new BigDecimal("24");
    static final int MAX_NOTE_LENGTH = 4000;
    static final int MAX_REASON_LENGTH = 4000;
    private static final List<WorkPackageState> BOOKABLE =
            List.of(WorkPackageState.READY, WorkPackageState.IN_PROGRESS);
    /** Entries on these packages are final: a DONE package's actual hours are the total given at completion. */
    private static final List<WorkPackageState> FINISHED = List.of(WorkPackageState.DONE, WorkPackageState.CANCELLED);
    /** No entry has this id: a new booking's day counts all of the person's entries. */
    private static final long NO_ENTRY = -1;

    private final ProjectRegistry projects;
    private final WorkPackageService workPackages;
    private final TimeEntryRepository entries;
    private final WriterLocks writerLocks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PersonNames names;

    public TimeEntryService(ProjectRegistry projects, WorkPackageService workPackages, TimeEntryRepository entries,
                            WriterLocks writerLocks, Clock clock, ApplicationEventPublisher events,
                            PersonNames names) {
        this.projects = projects;
        this.workPackages = workPackages;
        this.entries = entries;
        this.writerLocks = writerLocks;
        this.clock = clock;
        this.events = events;
        this.names = names;
    }

    /**
     * Books hours for the person named in the input, or for the booking user when it names nobody.
     *
     * @throws NotFoundException for an unknown project
     * @throws AccessDeniedException if the user books for someone else without being the project's manager, the
     *         PMO or an administrator
     * @throws InvalidInputException naming every field that breaks a rule
     */
    @Transactional
    public TimeEntry book(String projectKey, TimeEntryInput input, String userId, Collection<String> groups) {
        String person = bookingPerson(projectKey, input, userId, groups);
        writerLocks.lock(WriterLocks.TIME_ENTRIES);
        List<InvalidField> errors = bookingErrors(projectKey, input, person, userId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = entries.insert(projectKey, input.workPackage(), person, input.date(), input.hours(),
                note(input.note()), userId, clock.instant());
        showHoursBooked(projectKey, input.workPackage());
        return entries.findById(id);
    }

    /**
     * Every rule a booking breaks, as {@link #book} refuses it, once the user is known to be allowed to book for
     * its person.
     */
    @Transactional(readOnly = true)
    public List<InvalidField> bookingErrors(String projectKey, TimeEntryInput input, String userId,
                                            Collection<String> groups) {
        return bookingErrors(projectKey, input, bookingPerson(projectKey, input, userId, groups), userId);
    }

    /** The person the hours are booked for, if the user may book for them. */
    private String bookingPerson(String projectKey, TimeEntryInput input, String userId,
                                 Collection<String> groups) {
        Project project = projects.require(projectKey);
        String person = input.person() == null || input.person().isBlank() ? userId : input.person().strip();
        if (!person.equals(userId) && !managesTime(project, userId, groups)) {
            throw new AccessDeniedException("User '" + userId + "' may book hours only for themselves on "
                    + projectKey + "; only its project manager (" + project.getManagerId()
                    + "), the PMO or administrators may book for someone else");
        }
        return person;
    }

    private List<InvalidField> bookingErrors(String projectKey, TimeEntryInput input, String person,
                                             String userId) {
        List<InvalidField> errors = new ArrayList<>();
        boolean own = person.equals(userId);
        Optional<WorkPackage> wp = checkPackage(projectKey, input.workPackage(), person, own, errors);
        boolean dateValid = checkDate(input.date(), wp, errors);
        if (checkHours(input.hours(), errors) && dateValid) {
            checkDay(person, own, input.date(), input.hours(), NO_ENTRY, errors);
        }
        checkNote(input.note(), errors);
        return errors;
    }

    /**
     * Corrects an entry's day, hours and note, by the same rules as a new booking (the entry's own old hours do not
     * count toward the day), and records the correction with its reason, required unless the user is the entry's
     * person; the person learns of a correction by someone else.
     *
     * @throws NotFoundException for an unknown project, or an entry the project does not have
     * @throws AccessDeniedException unless the user is the entry's person, the project's manager, the PMO or an
     *         administrator
     * @throws io.charterline.platform.web.ConflictException once the package is DONE or CANCELLED, or the project
     *         no longer active
     * @throws InvalidInputException naming every field that breaks a rule
     * @throws ConflictException if the entry is no longer at the version given, naming both versions
     * @throws OptimisticLockingFailureException if someone changes or withdraws it between the check and the write
     */
    @Transactional
    public TimeEntry correct(String projectKey, long id, TimeEntryCorrectionInput input, String userId,
                             Collection<String> groups) {
        writerLocks.lock(WriterLocks.TIME_ENTRIES);
        Changeable changeable = changeable(projectKey, id, userId, groups, "correct");
        TimeEntry entry = changeable.entry();
        List<InvalidField> errors = correctionErrors(changeable, input, userId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireVersion(entry, input.version());
        String note = note(input.note());
        entries.update(id, input.version(), input.date(), input.hours(), note);
        boolean noteChanged = !Objects.equals(entry.note(), note);
        TimeEntryCorrection correction = entries.recordCorrection(entry, TimeEntryCorrection.CORRECTED,
                input.date(), input.hours(), userId, clock.instant(), note(input.reason()),
                noteChanged ? entry.note() : null, noteChanged ? note : null);
        showHoursBooked(projectKey, entry.workPackage());
        events.publishEvent(new TimeEntryChanged(projectKey, correction));
        return entries.findById(id);
    }

    /**
     * Withdraws an entry booked by mistake and records the withdrawal with its note; the package's booked hours
     * drop by its hours. Who may withdraw it and when, the version check, the reason and the notice are as for
     * {@link #correct}.
     *
     * @throws InvalidInputException without the version read, or without a reason from someone else
     */
    @Transactional
    public void withdraw(String projectKey, long id, Long version, String reason, String userId,
                         Collection<String> groups) {
        writerLocks.lock(WriterLocks.TIME_ENTRIES);
        TimeEntry entry = changeable(projectKey, id, userId, groups, "withdraw").entry();
        List<InvalidField> errors = new ArrayList<>();
        checkVersion(version, errors);
        checkReason(reason, entry, userId, "withdraw", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireVersion(entry, version);
        entries.delete(id, version);
        TimeEntryCorrection withdrawal = entries.recordCorrection(entry, TimeEntryCorrection.WITHDRAWN, null, null,
                userId, clock.instant(), note(reason), entry.note(), null);
        showHoursBooked(projectKey, entry.workPackage());
        events.publishEvent(new TimeEntryChanged(projectKey, withdrawal));
    }

    @Override
    public Class<TimeEntryCorrectionInput> bodyType() {
        return TimeEntryCorrectionInput.class;
    }

    /**
     * The correction's rules, for a body with values of the wrong type, as {@link #correct} checks them: once the
     * caller is known to be allowed to correct the entry, so that the rules tell nobody else about it.
     */
    @Override
    @Transactional(readOnly = true)
    public List<InvalidField> errorsOf(TimeEntryCorrectionInput input) {
        String userId = BodyRequest.callerId();
        long id = Long.parseLong(BodyRequest.pathVariable("id").orElseThrow());
        Changeable changeable = changeable(BodyRequest.pathVariable("key").orElseThrow(), id, userId,
                BodyRequest.callerGroups(), "correct");
        return correctionErrors(changeable, input, userId);
    }

    private List<InvalidField> correctionErrors(Changeable changeable, TimeEntryCorrectionInput input,
                                                String userId) {
        TimeEntry entry = changeable.entry();
        List<InvalidField> errors = new ArrayList<>();
        boolean dateValid = checkDate(input.date(), Optional.of(changeable.workPackage()), errors);
        if (checkHours(input.hours(), errors) && dateValid) {
            checkDay(entry.person(), entry.person().equals(userId), input.date(), input.hours(), entry.id(), errors);
        }
        checkNote(input.note(), errors);
        checkVersion(input.version(), errors);
        checkReason(input.reason(), entry, userId, "correct", errors);
        return errors;
    }

    /**
     * The project's corrections and withdrawals of time entries, oldest first.
     *
     * @throws NotFoundException for an unknown project
     */
    @Transactional(readOnly = true)
    public List<TimeEntryCorrection> corrections(String projectKey) {
        projects.require(projectKey);
        return entries.corrections(projectKey);
    }

    /**
     * Completes the package as its assignee, who gives its total hours: the entries already booked on it plus
     * whatever was not booked yet. Bookings wait meanwhile, so none slips in between the check and the completion.
     *
     * @throws InvalidInputException if the total is below the hours booked as entries, or breaks
     *         {@link WorkPackageService#complete}'s rules
     * @throws io.charterline.platform.web.ConflictException as {@link WorkPackageService#complete}
     */
    @Transactional
    public WorkPackage complete(String projectKey, String code, BigDecimal totalHours, String note, String userId) {
        writerLocks.lock(WriterLocks.TIME_ENTRIES);
        BigDecimal booked = entries.hoursOf(projectKey, code);
        // a missing, zero or negative total is WorkPackageService's to name
        if (totalHours != null && totalHours.signum() > 0 && totalHours.compareTo(booked) < 0) {
            throw new InvalidInputException(List.of(new InvalidField("actualHours", "must be your total hours on "
                    + code + ", at least the " + booked.stripTrailingZeros().toPlainString()
                    + " h already booked on it as time entries; got " + totalHours.toPlainString())));
        }
        return workPackages.complete(projectKey, code, totalHours, note, userId);
    }

    /**
     * The project's entries, oldest day first, optionally only one person's or one package's.
     *
     * @throws NotFoundException for an unknown project
     */
    @Transactional(readOnly = true)
    public List<TimeEntry> list(String projectKey, String person, String workPackage) {
        projects.require(projectKey);
        return entries.find(projectKey, blankToNull(person), blankToNull(workPackage));
    }

    /**
     * A package's actual hours: the total given at its completion, or while it is open, its entries.
     *
     * @throws NotFoundException for an unknown project or package
     */
    @Transactional(readOnly = true)
    public BigDecimal actualHours(String projectKey, String code) {
        projects.require(projectKey);
        WorkPackage wp = workPackages.find(projectKey, code).orElseThrow(() -> new NotFoundException(
                "Project " + projectKey + " has no work package '" + code + "'"));
        return actualHoursOf(wp, entries.hoursOf(projectKey, code));
    }

    /**
     * The actual hours of each of the project's live packages, as the caller has just read them
     * ({@link WorkPackageService#list}, plan order), zero where nothing was booked.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> actualHoursByPackage(String projectKey, List<WorkPackage> live) {
        Map<String, BigDecimal> booked = entries.hoursByPackage(projectKey);
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        for (WorkPackage wp : live) {
            actual.put(wp.code(), actualHoursOf(wp, booked.getOrDefault(wp.code(), BigDecimal.ZERO)));
        }
        return actual;
    }

    /** The hours booked as time entries on each of the project's packages that has any. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> hoursByPackage(String projectKey) {
        return entries.hoursByPackage(projectKey);
    }

    /**
     * The time entries of each person who booked hours on the project, on all projects, dated {@code from} to
     * {@code to} (both included): what they worked in those days, wherever.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> hoursOfItsPeople(String projectKey, LocalDate from, LocalDate to) {
        return entries.hoursOfItsPeople(projectKey, from, to);
    }

    /** An entry the user may change now, with its package, read once for the checks. */
    private record Changeable(TimeEntry entry, WorkPackage workPackage) {
    }

    /** The entry, if the user may change it now; its hours feed no final total yet. */
    private Changeable changeable(String projectKey, long id, String userId, Collection<String> groups,
                                 String verb) {
        Project project = projects.require(projectKey);
        TimeEntry entry = entries.find(projectKey, id).orElseThrow(() -> new NotFoundException(
                "Project " + projectKey + " has no time entry " + id));
        if (!userId.equals(entry.person()) && !managesTime(project, userId, groups)) {
            throw new AccessDeniedException("User '" + userId + "' may " + verb + " only their own time entries on "
                    + projectKey + "; entry " + id + " is " + entry.person() + "'s, and only they, its project "
                    + "manager (" + project.getManagerId() + "), the PMO or administrators may " + verb + " it");
        }
        if (!project.getStatus().isActive()) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus()
                    + "; its time entries can no longer change");
        }
        WorkPackage workPackage = workPackages.find(projectKey, entry.workPackage()).orElseThrow();
        if (FINISHED.contains(workPackage.state())) {
            throw new ConflictException("Work package " + entry.workPackage() + " is " + workPackage.state()
                    + "; its time entries can no longer change, as its actual hours are final");
        }
        return new Changeable(entry, workPackage);
    }

    private static void checkVersion(Long version, List<InvalidField> errors) {
        if (version == null) {
            errors.add(new InvalidField("version", "is required: the entry's version as you read it, so a change "
                    + "made meanwhile is not overwritten unseen"));
        }
    }

    /** Someone changed the entry since the caller read it: their change is not overwritten unseen. */
    private static void requireVersion(TimeEntry entry, long version) {
        if (entry.version() != version) {
            throw ConflictException.staleVersion("Time entry " + entry.id() + " is at version " + entry.version()
                    + ", you sent " + version + ": reload it and try again");
        }
    }

    /**
     * Someone changing another person's hours says why: the reason is kept with the change and sent to the person.
     * The person may give one for their own entry.
     */
    private static void checkReason(String reason, TimeEntry entry, String userId, String verb,
                                    List<InvalidField> errors) {
        if (!userId.equals(entry.person()) && (reason == null || reason.isBlank())) {
            errors.add(new InvalidField("reason", "is required to " + verb + " " + entry.person() + "'s time entry "
                    + entry.id() + ": say why; it is kept with the change and sent to " + entry.person()));
            return;
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            errors.add(new InvalidField("reason", "must have at most " + MAX_REASON_LENGTH + " characters, got "
                    + reason.length()));
        }
    }

    private static void checkNote(String note, List<InvalidField> errors) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            errors.add(new InvalidField("note", "must have at most " + MAX_NOTE_LENGTH + " characters, got "
                    + note.length()));
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private void showHoursBooked(String projectKey, String workPackage) {
        events.publishEvent(new HoursBooked(projectKey, workPackage, entries.hoursOf(projectKey, workPackage)));
    }

    private static boolean managesTime(Project project, String userId, Collection<String> groups) {
        return userId.equals(project.getManagerId()) || groups.contains(CharterlineGroups.PMO)
                || groups.contains(CharterlineGroups.ADMINS);
    }

    /**
     * The package, if the project has it; adds what is wrong with booking on it for the person, told to them as
     * "you" with the assignee's name when they book their own hours.
     */
    private Optional<WorkPackage> checkPackage(String projectKey, String code, String person, boolean own,
                                               List<InvalidField> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new InvalidField("workPackage", "is required: the code of one of the project's packages"));
            return Optional.empty();
        }
        Optional<WorkPackage> found = workPackages.find(projectKey, code);
        if (found.isEmpty()) {
            errors.add(new InvalidField("workPackage", "project " + projectKey + " has no work package '" + code
                    + "'"));
            return found;
        }
        WorkPackage wp = found.get();
        if (wp.state() == WorkPackageState.PLANNED) {
            // nobody has the task yet: whom the plan books on it is no answer to who may book hours
            errors.add(new InvalidField("workPackage", "work package " + code + " is not released yet (PLANNED); "
                    + "hours can be booked once its predecessors are done and it is released to its assignee"));
            return found;
        }
        if (!BOOKABLE.contains(wp.state())) {
            errors.add(new InvalidField("workPackage", "work package " + code + " is " + wp.state()
                    + "; hours can be booked only on released work that is not finished (READY or IN_PROGRESS)"));
        }
        if (own && !person.equals(wp.assignee())) {
            errors.add(new InvalidField("person", code + (wp.assignee() == null ? " is assigned to nobody"
                    : " is assigned to " + names.of(wp.assignee())) + ", not to you"));
        } else if (!person.equals(wp.assignee())) {
            errors.add(new InvalidField("person", person + " is not assigned to work package " + code
                    + " (its assignee is " + (wp.assignee() == null ? "nobody" : wp.assignee()) + ")"));
        }
        return found;
    }

    /** True if the date is usable for the day's total; adds what is wrong with it otherwise. */
    private boolean checkDate(LocalDate date, Optional<WorkPackage> wp, List<InvalidField> errors) {
        if (date == null) {
            errors.add(new InvalidField("date", "is required as the day worked, e.g. 2026-03-02"));
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            errors.add(new InvalidField("date", "must not be in the future: got " + date + ", today is " + today));
            return false;
        }
        Optional<LocalDate> released = wp.map(WorkPackage::releasedAt)
                .map(at -> LocalDate.ofInstant(at, clock.getZone()));
        if (released.isPresent() && date.isBefore(released.get())) {
            errors.add(new InvalidField("date", "must not be before " + released.get() + ", when work package "
                    + wp.get().code() + " was released; got " + date));
            return false;
        }
        return true;
    }

    /** True if the hours are a valid amount for one entry; adds what is wrong with them otherwise. */
    private static boolean checkHours(BigDecimal hours, List<InvalidField> errors) {
        if (hours == null) {
            errors.add(new InvalidField("hours", "is required as a number of hours"));
        } else if (hours.signum() <= 0 || hours.compareTo(HOURS_PER_DAY) > 0) {
            errors.add(new InvalidField("hours", "must be more than 0 and at most 24, got " + hours.toPlainString()));
        } else if (TwoDecimals.exceeded(hours)) {
            errors.add(TwoDecimals.error("hours", hours));
        } else {
            return true;
        }
        return false;
    }

    /**
     * Adds an error if the hours do not fit into the person's day beside their other entries than {@code except};
     * the person who books their own hours is told as "you".
     */
    private void checkDay(String person, boolean own, LocalDate date, BigDecimal hours, long except,
                          List<InvalidField> errors) {
        BigDecimal booked = entries.hoursBetween(person, date, date, except);
        if (booked.add(hours).compareTo(HOURS_PER_DAY) > 0) {
            BigDecimal free = HOURS_PER_DAY.subtract(booked).max(BigDecimal.ZERO);
            errors.add(new InvalidField("hours", own
                    ? "you already have " + plain(booked) + " h booked on " + date + " across all projects; at most "
                            + plain(free) + " h more fit into the day, got " + hours.toPlainString()
                    : person + " already has " + plain(booked) + " h booked on " + date + " across all projects; "
                            + "at most " + plain(free) + " more fit into 24 h, got " + hours.toPlainString()));
            return;
        }
        checkCompletedDays(person, own, date, hours, except, errors);
    }

    /**
     * Adds an error if the hours leave too little room in the days of a package the person completed, from its
     * release to its completion, for what that completion reported beyond its entries: those hours lie somewhere in
     * those days, beside the person's entries and other completions of them. The person who books their own hours
     * is told as "you".
     */
    private void checkCompletedDays(String person, boolean own, LocalDate date, BigDecimal hours, long except,
                                    List<InvalidField> errors) {
        for (WorkPackage done : workPackages.completedOver(person, date)) {
            LocalDate from = LocalDate.ofInstant(done.releasedAt(), clock.getZone());
            LocalDate to = LocalDate.ofInstant(done.completedAt(), clock.getZone());
            ReportedHours span = workPackages.reportedBy(person, from, to, except);
            if (hours.compareTo(span.free()) > 0) {
                String completed = done.code() + " of " + done.projectKey() + " on " + to + ", which with "
                        + (own ? "your" : "their") + " entries and other completed work reports "
                        + plain(span.reported()) + " h in its " + Counted.of(span.days(), "day") + " from " + from
                        + " to " + to + "; at most " + plain(span.free());
                errors.add(new InvalidField("hours", own
                        ? "you completed " + completed + " h more fit into each of those days, got "
                                + hours.toPlainString()
                        : person + " completed " + completed + " more fit into 24 h for each of them, got "
                                + hours.toPlainString()));
                return;
            }
        }
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** A completed package's total, given at its completion; an open package's entries. */
    private static BigDecimal actualHoursOf(WorkPackage wp, BigDecimal entriesHours) {
        return wp.actualHours() != null ? wp.actualHours() : entriesHours;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
