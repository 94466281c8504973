package cn.longyuan.market.domain.model.training;

/**
 * Whether the artisan's household is registered as poor (建档立卡贫困户). Sensitive: it is shown only to her
 * cooperative's manager and federation staff, and used in the federation's gender and poverty statistics.
 */
public enum HouseholdStatus {
    NOT_RECORDED,
    NOT_POOR,
    REGISTERED_POOR,
    LIFTED_OUT
}
