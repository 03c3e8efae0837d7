package cn.gov.baotou.talent.rareearth.grant.boundary;

/**
 * A review step: the action ({@code DEPARTMENT_APPROVE}, {@code DEPARTMENT_REJECT}, {@code CITY_APPROVE},
 * {@code CITY_REJECT}), the opinion (审批意见, always required), and — where the measure leaves the amount to the
 * reviewer (1, 3, 8, 11) — the amount decided and why.
 */
public record ReviewForm(String action, String opinion, String decidedYuan, String decisionReason) {}
