package vn.toasoan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import vn.toasoan.platform.VietnamTime;

/**
 * A clock that tests move forward instead of waiting. In the shared application it follows the real time plus
 * whatever the tests have added, so that time only ever runs forwards for the application; in a unit test it can
 * start at a fixed instant and move only when told.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    private MutableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** The real time in Vietnam, as the application's own clock, until a test moves it on. */
    public static MutableClock followingRealTime() {
        return new MutableClock(Clock.system(VietnamTime.ZONE), new AtomicReference<>(Duration.ZERO));
    }

    /** Stands still at {@code instant} until a test moves it on. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(Clock.fixed(instant, VietnamTime.ZONE), new AtomicReference<>(Duration.ZERO));
    }

    /** As if {@code duration} had passed; never backwards, since the application may have stored what it saw. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock the application shares only moves forwards: " + duration);
        }
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moving time in another zone: advancing either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new MutableClock(base.withZone(zone), offset);
    }
}
