package cn.gov.baotou.talent.reporting.job.boundary;

/**
 * A report asked for in the background: {@code kind} (targets, funds, retention, services), the period as {@code year}
 * or {@code from}/{@code to} ({@code YYYY-MM} or {@code YYYY-MM-DD}), an optional {@code district} code, and the
 * {@code format} (pdf, xlsx).
 */
public record JobForm(String kind, Integer year, String from, String to, String district, String format) {}
