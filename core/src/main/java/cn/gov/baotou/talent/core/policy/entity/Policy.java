package cn.gov.baotou.talent.core.policy.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A policy document (or the notice that issued it), with the period it is in force. */
@Entity
@Cacheable
@Table(name = "core_policy")
public class Policy {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "document_number", nullable = false, length = 60)
    private String documentNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "short_title", nullable = false, length = 60)
    private String shortTitle;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private int ordinal;

    protected Policy() {}

    public Policy(
            String id,
            String documentNumber,
            String title,
            String titleEn,
            String shortTitle,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            int ordinal) {
        this.id = id;
        this.documentNumber = documentNumber;
        this.title = title;
        this.titleEn = titleEn;
        this.shortTitle = shortTitle;
        this.issuedOn = issuedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.ordinal = ordinal;
    }

    public String id() {
        return id;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    public String shortTitle() {
        return shortTitle;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public int ordinal() {
        return ordinal;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
