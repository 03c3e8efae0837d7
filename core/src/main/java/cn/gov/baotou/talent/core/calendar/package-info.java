/**
 * The Chinese working-day calendar (工作日): weekends and the State Council's public holidays are off, its make-up days
 * (调休) are worked. Deadlines such as "within 10 working days" are counted here, from each year's notice entered as
 * data; a year without a notice is refused, never guessed.
 */
package cn.gov.baotou.talent.core.calendar;
