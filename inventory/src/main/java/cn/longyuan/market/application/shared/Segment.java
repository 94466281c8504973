package cn.longyuan.market.application.shared;

import java.util.List;

/**
 * One part of a text the services wrote (an order's note, a stock ledger row's reason, a desk note), read back as a
 * phrase: its text key and the values it names, so that each page says it in its own language.
 */
public record Segment(String key, List<String> args) {}
