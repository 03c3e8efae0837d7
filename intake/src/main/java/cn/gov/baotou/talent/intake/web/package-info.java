/** What intake's Faces pages share: how a refused or a done step is told to the user. */
package cn.gov.baotou.talent.intake.web;
