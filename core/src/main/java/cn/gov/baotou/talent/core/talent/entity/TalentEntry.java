package cn.gov.baotou.talent.core.talent.entity;

import java.time.LocalDate;

/**
 * What a module records when a programme takes a person up: e.g. programme {@code INTAKE}, category {@code DOCTOR},
 * clause {@code intake.3.1}, source {@code intake} / {@code hire-17}, started on the agreement's signing.
 */
public record TalentEntry(
        long personId,
        Long enterpriseId,
        String districtCode,
        String programme,
        String category,
        String policyId,
        String clauseId,
        String sourceModule,
        String sourceRef,
        LocalDate startedOn) {}
