package cn.gov.baotou.talent.servicesplan.figures.boundary;

/** What an enterprise types to enter a figure: the year, REVENUE or INVESTMENT, the yuan, the evidence's document id. */
public record FigureForm(String year, String basis, String amountYuan, String documentId) {}
