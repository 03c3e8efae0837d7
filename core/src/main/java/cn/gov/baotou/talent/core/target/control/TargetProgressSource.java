package cn.gov.baotou.talent.core.target.control;

import java.util.List;

/**
 * A module's targets and how far they have come in a period, for leadership's reports: each policy module provides
 * one as a CDI bean (found with {@code Instance<TargetProgressSource>}); reporting reads them all and imports no module.
 */
public interface TargetProgressSource {

    /** The policy whose targets these are ({@code intake}, {@code services-plan}, {@code rare-earth}). */
    String policyId();

    List<TargetProgress> progress(ReportPeriod period);
}
