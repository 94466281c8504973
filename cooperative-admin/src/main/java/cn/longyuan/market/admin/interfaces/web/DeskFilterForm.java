package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.DeskFilter;

/** The desk's search and filters: the orders list's, and (federation staff) a broker. */
public class DeskFilterForm extends OrderFilterForm {

    private static final long serialVersionUID = 1L;

    private String broker;

    DeskFilter deskFilter() {
        return new DeskFilter(filter(true), broker);
    }

    public String getBroker() {
        return broker;
    }

    public void setBroker(String broker) {
        this.broker = broker;
    }
}
