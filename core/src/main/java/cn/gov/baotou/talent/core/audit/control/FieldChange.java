package cn.gov.baotou.talent.core.audit.control;

/** One field of a record that a revision changed, as text (null when absent), personal data masked. */
public record FieldChange(String field, String before, String after) {}
