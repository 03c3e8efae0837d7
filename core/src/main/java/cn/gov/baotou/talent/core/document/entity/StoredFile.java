package cn.gov.baotou.talent.core.document.entity;

import cn.gov.baotou.talent.core.document.control.ContentType;

/** Bytes kept in the store: named by their SHA-256 (hex), with their size and the type their content showed. */
public record StoredFile(String sha256, long size, ContentType type) {}
