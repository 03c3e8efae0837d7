package cn.gov.baotou.talent.reporting.store.entity;

/** A file written by reporting: its path under the reports directory, its SHA-256 (hex) and size in bytes. */
public record StoredReport(String path, String sha256, long size) {}
