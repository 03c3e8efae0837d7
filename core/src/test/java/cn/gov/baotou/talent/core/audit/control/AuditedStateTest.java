package cn.gov.baotou.talent.core.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.privacy.entity.EncryptedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

/** A record's state as history shows it: audited fields only, related records by id, personal data masked. */
class AuditedStateTest {

    enum Kind {
        A,
        B
    }

    static class Owner {
        final String code;

        Owner(String code) {
            this.code = code;
        }
    }

    @SuppressWarnings("unused")
    static class Sample {
        @Id
        Long id = 1L;

        @Version
        int version = 3;

        String name;

        @Convert(converter = EncryptedText.class)
        String idNumber;

        @NotAudited
        String passwordHash = "secret";

        @ManyToOne
        Owner owner;

        BigDecimal amount;
        Kind kind;

        static String constant = "not a field of the record";

        Sample(String name, String idNumber, Owner owner, BigDecimal amount, Kind kind) {
            this.name = name;
            this.idNumber = idNumber;
            this.owner = owner;
            this.amount = amount;
            this.kind = kind;
        }
    }

    private static AuditedState of(Sample s) {
        return AuditedState.of(s, o -> ((Owner) o).code);
    }

    @Test
    void aNewRecordShowsItsAuditedFieldsAndNothingElse() {
        Sample s = new Sample("王堃", "110108198603129013", new Owner("150271"), new BigDecimal("1E+5"), Kind.A);
        assertThat(AuditedState.NONE.changesTo(of(s)))
                .containsExactly(
                        new FieldChange("name", null, "王堃"),
                        new FieldChange("idNumber", null, "110108********9013"),
                        new FieldChange("owner", null, "150271"),
                        new FieldChange("amount", null, "100000"),
                        new FieldChange("kind", null, "A"));
    }

    @Test
    void onlyWhatChangedIsListedAndPersonalDataStaysMasked() {
        Sample before = new Sample("王堃", "110108198603129013", new Owner("150271"), BigDecimal.ONE, Kind.A);
        Sample after = new Sample("王堃", "11010819860312901X", null, BigDecimal.ONE, Kind.B);
        assertThat(of(before).changesTo(of(after)))
                .containsExactly(
                        new FieldChange("idNumber", "110108********9013", "110108********901X"),
                        new FieldChange("owner", "150271", null),
                        new FieldChange("kind", "A", "B"));
        assertThat(of(before).changesTo(of(before))).isEmpty();
        assertThat(of(before).changesTo(AuditedState.NONE)).hasSize(5);
    }

    @Test
    void maskingKeepsTheEndsOfIdAndPhoneNumbersOnly() {
        assertThat(AuditedState.masked("110108198603129013")).isEqualTo("110108********9013");
        assertThat(AuditedState.masked("13900000001")).isEqualTo("139****0001");
        assertThat(AuditedState.masked("123456")).isEqualTo("******");
        assertThat(AuditedState.masked("")).isEmpty();
        assertThat(AuditedState.masked(null)).isNull();
    }
}
