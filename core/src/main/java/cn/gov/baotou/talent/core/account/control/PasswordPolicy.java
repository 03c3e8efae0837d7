package cn.gov.baotou.talent.core.account.control;

import cn.gov.baotou.talent.core.refusal.InvalidInput;

/**
 * 密码强度: at least 10 characters from at least three of upper case, lower case, digits and symbols, and not
 * containing the account name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    public static void check(String username, char[] password) {
        String p = new String(password);
        if (p.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "account.password.tooShort", MIN_LENGTH);
        }
        int classes = (p.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            throw new InvalidInput("password", "account.password.tooSimple", "");
        }
        if (username != null && !username.isBlank() && p.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInput("password", "account.password.containsUsername", "");
        }
    }
}
