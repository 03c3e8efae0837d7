package cn.gov.baotou.talent.core.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed sign-in attempts in a row of one subject (an account name as typed, or a client address): what the
 * throttle ({@code SignInDelay}) decides on. Not audited: operational, and it would record every attempt.
 */
@Entity
@Table(name = "core_sign_in_failure")
public class FailedSignIn {

    @Id
    @Column(length = 200)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(nullable = false)
    private int refused;

    @Column(name = "burst_told", nullable = false)
    private boolean burstTold;

    protected FailedSignIn() {}

    public FailedSignIn(String subject, Instant at) {
        this.subject = subject;
        this.lastFailure = at;
    }

    /**
     * One more failure, counted on from {@code stillCounting} (the failures that have not been forgotten); a new
     * count also forgets that the city office was told.
     */
    public void failed(int stillCounting, Instant at) {
        if (stillCounting == 0) {
            burstTold = false;
        }
        failures = stillCounting + 1;
        lastFailure = at;
    }

    public void refused() {
        refused++;
    }

    /** True the first time only for one burst: the city office is told once. */
    public boolean tellOfBurst() {
        boolean first = !burstTold;
        burstTold = true;
        return first;
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }

    public Instant lastFailure() {
        return lastFailure;
    }

    public int refusedCount() {
        return refused;
    }
}
