package cn.gov.baotou.talent.core.registry.boundary;

import java.time.LocalDate;

/** What a caller sends to register a person; the birth date, if given, must agree with the ID number. */
public record PersonForm(String name, String idNumber, LocalDate birthDate, String phone) {}
