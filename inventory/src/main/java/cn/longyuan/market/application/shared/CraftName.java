package cn.longyuan.market.application.shared;

import cn.longyuan.market.domain.model.shared.BilingualText;

/**
 * A craft as a list filters by it (the shop's catalogue, the stock list, the courses): its stable code and its name
 * in both languages. In the kernel because catalog, stock and members all answer it.
 */
public record CraftName(String code, BilingualText name) {}
