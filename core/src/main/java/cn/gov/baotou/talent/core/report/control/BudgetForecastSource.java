package cn.gov.baotou.talent.core.report.control;

import java.util.List;

/**
 * A policy module's cost under two versions of the parameters — the one in force and a draft the city office is
 * weighing — for the budget forecast: what the current pipeline of cases (not yet granted) and the last years'
 * volumes would cost each finance. Each paying module provides one CDI bean; reporting sums them without importing any.
 */
public interface BudgetForecastSource {

    String policyId();

    List<ForecastLine> forecast(ForecastRequest request);
}
