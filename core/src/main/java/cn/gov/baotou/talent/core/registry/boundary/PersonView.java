package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.registry.entity.Person;
import java.time.LocalDate;

/** A person as the API shows them: the ID number and phone masked unless the caller may read them in clear. */
public record PersonView(long id, String name, String idNumber, LocalDate birthDate, String gender, String phone) {

    static PersonView of(Person p, boolean clear) {
        String phone = p.phone();
        String shownPhone = phone == null || clear || phone.length() < 7
                ? phone
                : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        return new PersonView(
                p.id(),
                p.name(),
                clear ? p.idNumber().value() : p.idNumber().masked(),
                p.birthDate(),
                p.gender().name(),
                shownPhone);
    }
}
