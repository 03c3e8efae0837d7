package cn.gov.baotou.talent.core.refusal;

/**
 * A text of a bundle by its key: a module's refusal names its own ({@code new Conflict(ref, arguments)}), and a
 * message argument that is itself a text to translate (a degree, an industry) is resolved in the same language.
 */
public record MessageRef(String bundle, String key) {}
