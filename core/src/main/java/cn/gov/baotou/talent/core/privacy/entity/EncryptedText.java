package cn.gov.baotou.talent.core.privacy.entity;

import cn.gov.baotou.talent.core.privacy.control.PersonalDataCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a string attribute encrypted (AES-GCM) and reads it back in clear. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return PersonalDataCipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return PersonalDataCipher.decrypt(dbData);
    }
}
