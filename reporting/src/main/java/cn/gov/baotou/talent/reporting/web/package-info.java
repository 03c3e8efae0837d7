/**
 * What reporting's pages and API share: its message bundle ({@code messages_zh_CN.properties} first, then
 * {@code messages_en.properties}), page messages, and its entries in the main navigation.
 */
package cn.gov.baotou.talent.reporting.web;
