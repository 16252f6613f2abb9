package dev.allot.booking.internal;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When desk bookings are confirmed, under {@code allot.booking.confirmation}: the question at
 * {@code questionTime} on the day {@code questionDaysBefore} days before the desk's day (16:00 the
 * day before), the release of an unanswered one at {@code deadline} on the day (10:00); both on the
 * site's wall clock.
 */
@ConfigurationProperties("allot.booking.confirmation")
class AttendanceProperties {

    private boolean enabled = true;
    private LocalTime questionTime = LocalTime.of(16, 0);
    private int questionDaysBefore = 1;
    private LocalTime deadline = LocalTime.of(10, 0);

    boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    LocalTime getQuestionTime() {
        return questionTime;
    }

    public void setQuestionTime(LocalTime questionTime) {
        this.questionTime = questionTime;
    }

    int getQuestionDaysBefore() {
        return questionDaysBefore;
    }

    public void setQuestionDaysBefore(int questionDaysBefore) {
        if (questionDaysBefore < 0) {
            throw new IllegalArgumentException("allot.booking.confirmation.question-days-before is 0 or more");
        }
        this.questionDaysBefore = questionDaysBefore;
    }

    LocalTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalTime deadline) {
        this.deadline = deadline;
    }

    /** The room no-show release, under {@code allot.booking.no-show-release}: off unless enabled. */
    @ConfigurationProperties("allot.booking.no-show-release")
    static class NoShow {

        private boolean enabled;
        private Duration grace = Duration.ofMinutes(15);

        boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        Duration getGrace() {
            return grace;
        }

        public void setGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("allot.booking.no-show-release.grace is not negative");
            }
            this.grace = grace;
        }
    }
}
