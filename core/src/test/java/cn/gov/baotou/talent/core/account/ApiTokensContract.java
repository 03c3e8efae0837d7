package cn.gov.baotou.talent.core.account;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.ApiTokenDesk;
import cn.gov.baotou.talent.core.account.boundary.ApiTokenView;
import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.boundary.TokenSignIn;
import cn.gov.baotou.talent.core.account.control.TokenLifetime;
import cn.gov.baotou.talent.core.account.control.TokenSecret;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.ApiToken;
import cn.gov.baotou.talent.core.account.entity.ApiTokens;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.SeededCore;
import cn.gov.baotou.talent.core.testing.TestClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * API tokens on a real database: issued by the city office or the account itself and by no one else, stored as a
 * hash, working through their expiry day with the account's role at the time, stopped by revocation and by
 * disabling the account, their use written once a minute, issuing and revoking audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTokensContract {

    private static final TokenLifetime LIFETIME = new TokenLifetime(90, 365);
    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void seed() {
        emf = SeededCore.open(freshDatabase(), ApiToken.class);
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void anIssuedTokenActsAsItsAccountThroughItsExpiryDayAndIsStoredOnlyAsAHash() {
        ApiTokenView issued = issue(self("magnet"), "magnet", D);
        assertThat(issued.token()).startsWith(issued.prefix() + "_");
        assertThat(issued.expiresOn()).isEqualTo(D);
        assertThat(issued.createdBy()).isEqualTo("magnet");

        String stored =
                inTransaction(emf, em -> (String)
                        em.createNativeQuery("select secret_hash from core_api_token where id = " + issued.id())
                                .getSingleResult());
        TokenSecret secret = TokenSecret.parse(issued.token()).orElseThrow();
        assertThat(stored).isEqualTo(secret.hash()).doesNotContain(secret.secret());

        assertThat(check(issued.token(), at(D.minusDays(1), 9, 0, 0)))
                .map(Account::username)
                .contains("magnet");
        assertThat(check(issued.token(), at(D, 23, 59, 59))).map(Account::role).contains(Role.ENTERPRISE);
        assertThat(check(issued.token(), at(D.plusDays(1), 0, 0, 0))).isEmpty();
    }

    @Test
    void aWrongOrMalformedTokenIsRefused() {
        ApiTokenView issued = issue(Callers.cityOffice(), "city", null);
        TokenSecret real = TokenSecret.parse(issued.token()).orElseThrow();
        String forged = new TokenSecret(real.lookupId(), "A".repeat(43)).text();
        Instant now = TestClock.CLOCK.instant();
        assertThat(check(issued.token(), now)).isPresent();
        assertThat(check(forged, now)).isEmpty();
        assertThat(check("tpt_0000000000000000_" + "A".repeat(43), now)).isEmpty();
        assertThat(check("Baotou@2022", now)).isEmpty();
        assertThat(check(null, now)).isEmpty();
    }

    @Test
    void aRevokedTokenStopsAtOnceAndStaysListedAsRevoked() {
        ApiTokenView issued = issue(Callers.cityOffice(), "hr", null);
        Instant now = TestClock.CLOCK.instant();
        assertThat(check(issued.token(), now)).isPresent();

        ApiTokenView revoked =
                inTransaction(emf, em -> desk(em, self("hr"), now).revoke("hr", issued.id()));
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("hr");
        assertThat(check(issued.token(), now)).isEmpty();

        List<ApiTokenView> listed =
                inTransaction(emf, em -> desk(em, Callers.cityOffice(), now).list("hr"));
        assertThat(listed)
                .filteredOn(v -> v.id() == issued.id())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.revoked()).isTrue();
                    assertThat(v.token()).as("the secret is shown once only").isNull();
                });
    }

    @Test
    void aDisabledAccountsTokensStopAndARebindingIsFollowed() {
        ApiTokenView issued = issue(Callers.cityOffice(), "science", null);
        Instant now = TestClock.CLOCK.instant();
        assertThat(check(issued.token(), now)).map(Account::role).contains(Role.DEPARTMENT);

        inTransaction(emf, em -> {
            new Accounts(em).byUsername("science").orElseThrow().bindTo(Role.LEADERSHIP, AccountScope.CITY);
            return null;
        });
        assertThat(check(issued.token(), now)).map(Account::role).contains(Role.LEADERSHIP);

        inTransaction(emf, em -> {
            new Accounts(em).byUsername("science").orElseThrow().disable();
            return null;
        });
        assertThat(check(issued.token(), now)).isEmpty();
        assertThatThrownBy(() -> issue(Callers.cityOffice(), "science", null))
                .isInstanceOfSatisfying(
                        Conflict.class, c -> assertThat(c.messageKey()).isEqualTo("account.token.accountDisabled"));
    }

    @Test
    void onlyTheCityOfficeOrTheAccountItselfManagesItsTokens() {
        Caller kundulun = self("kundulun");
        assertThat(issue(kundulun, "kundulun", null).createdBy()).isEqualTo("kundulun");
        ApiTokenView rezones = issue(Callers.cityOffice(), "rezone", null);
        assertThat(rezones.createdBy()).isEqualTo("city");
        Instant now = TestClock.CLOCK.instant();
        assertThatThrownBy(() -> issue(kundulun, "rezone", null))
                .isInstanceOfSatisfying(
                        Forbidden.class, f -> assertThat(f.detailKey()).isEqualTo("account.token.othersForbidden"));
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> desk(em, kundulun, now).list("rezone")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> desk(em, kundulun, now).revoke("rezone", rezones.id())))
                .isInstanceOf(Forbidden.class);
        // a token id of another account is not found through one's own
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> desk(em, kundulun, now).revoke("kundulun", rezones.id())))
                .isInstanceOfSatisfying(
                        NotFound.class, n -> assertThat(n.messageKey()).isEqualTo("account.token.notFound"));
        assertThatThrownBy(() -> issue(Callers.cityOffice(), "nobody", null))
                .isInstanceOfSatisfying(
                        NotFound.class, n -> assertThat(n.messageKey()).isEqualTo("account.username.notFound"));
        assertThat(check(rezones.token(), now)).map(Account::username).contains("rezone");
    }

    @Test
    void aTokenCannotIssueTokensButMayListAndRevoke() {
        Caller byToken = new Caller() {
            private final Caller city = Callers.cityOffice();

            @Override
            public Optional<Account> account() {
                return city.account();
            }

            @Override
            public boolean signedInByToken() {
                return true;
            }
        };
        assertThatThrownBy(() -> issue(byToken, "city", null))
                .isInstanceOfSatisfying(
                        Forbidden.class, f -> assertThat(f.detailKey()).isEqualTo("account.token.byToken"));
        ApiTokenView issued = issue(Callers.cityOffice(), "city", null);
        Instant now = TestClock.CLOCK.instant();
        List<ApiTokenView> listed =
                inTransaction(emf, em -> desk(em, byToken, now).list("city"));
        assertThat(listed).extracting(ApiTokenView::id).contains(issued.id());
        ApiTokenView revoked = inTransaction(emf, em -> desk(em, byToken, now).revoke("city", issued.id()));
        assertThat(revoked.revoked()).isTrue();
    }

    @Test
    void aNameIsRequiredAndTheExpiryDayBounded() {
        assertThatThrownBy(() -> inTransaction(emf, em -> desk(em, Callers.cityOffice(), TestClock.CLOCK.instant())
                        .issue("city", "  ", null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> issue(Callers.cityOffice(), "city", TestClock.TODAY.plusDays(366)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("expiresOn"));
        assertThat(issue(Callers.cityOffice(), "city", null).expiresOn()).isEqualTo(TestClock.TODAY.plusDays(90));
    }

    @Test
    void aUseIsWrittenDownAtMostOnceAMinute() {
        ApiTokenView issued = issue(Callers.cityOffice(), "leader", null);
        Instant first = at(TestClock.TODAY, 9, 0, 0);
        check(issued.token(), first);
        assertThat(lastUsed(issued.id())).isEqualTo(first);
        check(issued.token(), first.plusSeconds(59));
        assertThat(lastUsed(issued.id())).isEqualTo(first);
        check(issued.token(), first.plusSeconds(60));
        assertThat(lastUsed(issued.id())).isEqualTo(first.plusSeconds(60));
    }

    @Test
    void issuingAndRevokingAreAuditedWithoutTheHash() {
        ApiTokenView issued = issue(Callers.cityOffice(), "education", null);
        inTransaction(emf, em -> desk(em, Callers.cityOffice(), TestClock.CLOCK.instant())
                .revoke("education", issued.id()));
        List<?> kinds = inTransaction(emf, em -> em.createNativeQuery(
                        "select revtype from core_api_token_aud where id = " + issued.id() + " order by rev")
                .getResultList());
        assertThat(kinds).extracting(k -> ((Number) k).intValue()).containsExactly(0, 1);
        Number revokedRows = inTransaction(
                emf, em -> (Number) em.createNativeQuery("select count(*) from core_api_token_aud where id = "
                                + issued.id() + " and revoked_by = 'city'")
                        .getSingleResult());
        assertThat(revokedRows.intValue()).isEqualTo(1);
    }

    /** Issues as {@code caller} on the tests' day. */
    private ApiTokenView issue(Caller caller, String username, LocalDate expiresOn) {
        return inTransaction(
                emf, em -> desk(em, caller, TestClock.CLOCK.instant()).issue(username, "脚本", expiresOn));
    }

    private static ApiTokenDesk desk(EntityManager em, Caller caller, Instant now) {
        return new ApiTokenDesk(em, caller, Clock.fixed(now, Beijing.ZONE), LIFETIME);
    }

    private Optional<Account> check(String token, Instant at) {
        return inTransaction(emf, em -> new TokenSignIn(new ApiTokens(em), Clock.fixed(at, Beijing.ZONE)).check(token));
    }

    private Instant lastUsed(long id) {
        return inTransaction(emf, em -> em.find(ApiToken.class, id).lastUsedAt());
    }

    /** The demo account signed in as itself, with its role and scope. */
    private Caller self(String username) {
        Account a =
                inTransaction(emf, em -> new Accounts(em).byUsername(username).orElseThrow());
        return Callers.as(username, a.role(), a.scope());
    }

    private static Instant at(LocalDate day, int hour, int minute, int second) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute, second))
                .atZone(Beijing.ZONE)
                .toInstant();
    }
}
