package cn.gov.baotou.talent.core.registry.entity;

import cn.gov.baotou.talent.core.refusal.InvalidInput;

/** A registry value (credit code, ID number) that breaks its standard. */
public class InvalidRegistryValue extends InvalidInput {

    public InvalidRegistryValue(String field, String messageKey, Object rejected) {
        super(field, messageKey, rejected);
    }
}
