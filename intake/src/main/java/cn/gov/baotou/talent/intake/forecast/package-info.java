/**
 * 预算测算 (intake's part): what the plan's subsidy (intake.3.2.1, 博士/硕士, city and district finance 1:1 as the
 * parameters say) would cost under a draft version of the parameters against the version in force — for the hires in
 * the pipeline (submitted, verified, agreement signed but not yet paid) and for the mean yearly hires of past years.
 * Reporting reads it through core's {@code BudgetForecastSource}.
 */
package cn.gov.baotou.talent.intake.forecast;
