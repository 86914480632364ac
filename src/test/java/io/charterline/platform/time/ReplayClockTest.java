package io.charterline.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant PAST = Instant.parse("2026-06-01T09:00:00Z");

    private final MovableClock system = new MovableClock(NOW);
    private final ReplayClock clock = new ReplayClock(system);

    @Test
    void readsTheSystemClockUntilAThreadReplaysThePast() {
        assertThat(clock.instant()).isEqualTo(NOW);

        clock.replayFrom(PAST);
        system.moveTo(NOW.plusSeconds(90));

        assertThat(clock.instant()).as("runs on from the replayed instant").isEqualTo(PAST.plusSeconds(90));
        clock.present();
        assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void otherThreadsKeepThePresentWhileOneReplays() throws Exception {
        clock.replayFrom(PAST);

        Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).get();

        assertThat(elsewhere).isEqualTo(NOW);
        assertThat(clock.instant()).isEqualTo(PAST);
        clock.present();
    }

    @Test
    void aZonedCopyReplaysTheSameThread() {
        clock.replayFrom(PAST);

        Clock zoned = clock.withZone(ZoneId.of("Europe/Berlin"));

        assertThat(zoned.instant()).isEqualTo(PAST);
        assertThat(zoned.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        clock.present();
        assertThat(zoned.instant()).isEqualTo(NOW);
    }

    /** A system clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant now) {
            this(new AtomicReference<>(now), ZoneOffset.UTC);
        }

        private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void moveTo(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MovableClock(now, zone);
        }
    }
}
