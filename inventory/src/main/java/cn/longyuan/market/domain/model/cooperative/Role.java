package cn.longyuan.market.domain.model.cooperative;

/** What an account may do (api.md "Roles"). */
public enum Role {
    /** federation staff: everything, read-all, training programmes, reports, accounts */
    FEDERATION,
    /** the manager of one cooperative: her own cooperative only */
    COOP_MANAGER,
    /** a marketing broker (营销经纪人): the orders she brings or handles */
    BROKER,
    /** a buyer with an account on the shop */
    BUYER
}
