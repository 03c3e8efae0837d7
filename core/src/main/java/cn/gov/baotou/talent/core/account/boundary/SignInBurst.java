package cn.gov.baotou.talent.core.account.boundary;

/**
 * A burst of failed sign-ins: {@code failures} in a row for one account name or one client address, without a quiet
 * spell between them. Fired once per burst, inside the sign-in's transaction; the notice module tells the city office.
 *
 * @param kind {@code account} or {@code address}
 * @param value the account name as typed, or the client address
 */
public record SignInBurst(String kind, String value, int failures) {}
