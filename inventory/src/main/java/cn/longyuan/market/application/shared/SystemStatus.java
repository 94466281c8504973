package cn.longyuan.market.application.shared;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this application has its schema in place and can take orders. The migrator writes it; the
 * readiness check reads it. A plain CDI bean rather than a start-up EJB on purpose: readiness is asked
 * while the container is still initialising, and an EJB call would fail then.
 */
@ApplicationScoped
public class SystemStatus {

    public enum State {
        STARTING,
        READY,
        FAILED
    }

    private volatile State state = State.STARTING;
    private volatile String detail = "migrations have not run yet";

    public State state() {
        return state;
    }

    public String detail() {
        return detail;
    }

    public boolean isReady() {
        return state == State.READY;
    }

    public void ready(String detail) {
        this.detail = detail;
        this.state = State.READY;
    }

    public void failed(String detail) {
        this.detail = detail;
        this.state = State.FAILED;
    }
}
