package cn.gov.baotou.talent.servicesplan.request.boundary;

/** The enterprise's rating of the outcome: 1 to 5, and a comment. */
public record RatingForm(String rating, String comment) {}
