package cn.gov.baotou.talent.core.registry.entity;

import cn.gov.baotou.talent.core.privacy.control.PersonalDataCipher;
import cn.gov.baotou.talent.core.privacy.entity.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A person in the talent registry. The 身份证号 and phone are stored encrypted; the ID number's keyed hash finds a
 * person by number and keeps each number unique.
 */
@Entity
@Audited
@Table(name = "core_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_person_seq")
    @SequenceGenerator(name = "core_person_seq", sequenceName = "core_person_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 50)
    private String name;

    @Convert(converter = EncryptedText.class)
    @Column(name = "id_number_enc", nullable = false, length = 120)
    private String idNumber;

    @Column(name = "id_number_hash", nullable = false, unique = true, length = 64)
    private String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Convert(converter = EncryptedText.class)
    @Column(name = "phone_enc", length = 120)
    private String phone;

    protected Person() {}

    /** A person as the ID number describes them; a stated birth date must agree with the number's. */
    public Person(String name, IdCardNumber idNumber, LocalDate statedBirthDate, String phone) {
        if (statedBirthDate != null && !statedBirthDate.equals(idNumber.birthDate())) {
            throw new InvalidRegistryValue("birthDate", "registry.birthDate.mismatch", statedBirthDate);
        }
        this.name = name;
        this.idNumber = idNumber.value();
        this.idNumberHash = hashOf(idNumber);
        this.birthDate = idNumber.birthDate();
        this.gender = idNumber.gender();
        this.phone = phone;
    }

    public static String hashOf(IdCardNumber idNumber) {
        return PersonalDataCipher.lookupHash(idNumber.value());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public IdCardNumber idNumber() {
        return IdCardNumber.of(idNumber);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    public String phone() {
        return phone;
    }
}
