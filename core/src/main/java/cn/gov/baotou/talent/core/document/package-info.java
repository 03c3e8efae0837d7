/**
 * The document store (附件): signed agreements, certificates and other evidence as PDF, JPEG or PNG, recognised by
 * their content and never by their name, kept once per SHA-256 outside the web root, and read only within the
 * caller's scope.
 */
package cn.gov.baotou.talent.core.document;
