/**
 * Leadership's dashboard (数据看板): the targets of the three policies with progress bars and status tags (达成 /
 * 进行中 / 滞后), a chart per policy, the figures by district and by month, drawn as inline SVG by the platform itself
 * (intranet, no chart library from outside), a click away from the PDF and the Excel workbook.
 */
package cn.gov.baotou.talent.reporting.dashboard;
