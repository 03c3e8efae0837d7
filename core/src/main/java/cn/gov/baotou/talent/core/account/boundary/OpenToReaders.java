package cn.gov.baotou.talent.core.account.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST, PUT or DELETE that a read-only role (leadership) may still call, because it changes nothing of the
 * platform's cases, money or policy: a public calculator, a report to generate, the caller's own notification marked
 * read, the caller's own API token. Every other write refuses leadership before it reads its input
 * ({@link ReadersWriteNothing}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToReaders {}
