package io.charterline.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system clock, except on a thread that replays the past. The demo runs its finished
 * projects on the dates they would have run on, so their status reports, completions, lessons and final reports
 * span real weeks. Every other thread sees the present, and so do the engine's own timestamps (Cockpit's history
 * shows when the demo really ran).
 */
public final class ReplayClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Duration> shift;

    public ReplayClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private ReplayClock(Clock system, ThreadLocal<Duration> shift) {
        this.system = system;
        this.shift = shift;
    }

    /** Until {@link #present()}, this thread's clock reads the given instant now and runs on from there. */
    public void replayFrom(Instant past) {
        shift.set(Duration.between(system.instant(), past));
    }

    /** This thread's clock reads the present again. */
    public void present() {
        shift.remove();
    }

    @Override
    public Instant instant() {
        Duration replay = shift.get();
        return replay == null ? system.instant() : system.instant().plus(replay);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayClock(system.withZone(zone), shift);
    }
}
