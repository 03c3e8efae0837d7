package cn.gov.baotou.talent.core.rest;

/** A message argument that is itself a text to translate (a degree, an industry), resolved in the same language. */
public record MessageRef(String bundle, String key) {}
