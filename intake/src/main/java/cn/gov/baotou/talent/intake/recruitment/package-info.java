/**
 * 推介引才 (intake.5.2): recruitment events the city office organises at universities for the enterprises' demands,
 * the outside talent workstations (域外人才工作站) that recruit in other regions, and the candidates each brought with
 * the enterprise interested and how far they came. A hire names its source here by kind and id.
 */
package cn.gov.baotou.talent.intake.recruitment;
