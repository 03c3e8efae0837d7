/**
 * Policy parameters as data (政策参数): every amount, age limit, cap, ratio, application window and target of the
 * policies, each a dated row cited to its clause. Rules read them by the date of the case ({@code Parameters}), never
 * as constants, and a date no version covers is refused, never guessed. The city office enters a new policy version as
 * a file; the newer version applies from the day it begins (时间从新), so a change only affects the dates it covers.
 */
package cn.gov.baotou.talent.core.parameter;
