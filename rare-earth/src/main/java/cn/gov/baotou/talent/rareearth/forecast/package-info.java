/**
 * 预算测算 (the rare-earth measures' part): what the paying measures would cost under a draft version of the
 * parameters against the version in force — the applications not yet decided, each priced by its measure's rule under
 * both versions, and the mean yearly cases and amounts granted in past years, priced again the same way. Measure 2
 * (intake's subsidy) is shared by city and district finance as the parameters say; the others are the city's.
 * Reporting reads it through core's {@code BudgetForecastSource}.
 */
package cn.gov.baotou.talent.rareearth.forecast;
