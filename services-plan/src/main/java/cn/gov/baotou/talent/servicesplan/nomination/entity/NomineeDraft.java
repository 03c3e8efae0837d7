package cn.gov.baotou.talent.servicesplan.nomination.entity;

import cn.gov.baotou.talent.core.registry.entity.Person;

/** A nominee as the enterprise names them, before the nomination holds them. */
public record NomineeDraft(Person person, NomineeKind kind, String jobTitle, String contribution) {}
