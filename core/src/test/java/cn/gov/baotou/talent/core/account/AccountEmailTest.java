package cn.gov.baotou.talent.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An account's e-mail address: optional, refused naming the field when it cannot be an address. */
class AccountEmailTest {

    private final Account rezone = new Account(
            "rezone", "稀土高新区", Role.DISTRICT_OFFICE, AccountScope.district("150271"), "x", Instant.EPOCH, false);

    @Test
    void anAddressIsKeptAndNoneRemovesIt() {
        rezone.changeEmail("rencai@rezone.example.cn");
        assertThat(rezone.email()).isEqualTo("rencai@rezone.example.cn");
        rezone.changeEmail(null);
        assertThat(rezone.email()).isNull();
    }

    @Test
    void somethingThatCannotBeAnAddressIsRefusedNamingTheField() {
        for (String bad : new String[] {"rezone", "rezone@", "a b@example.cn", "x@example", "x@@example.cn"}) {
            assertThatThrownBy(() -> rezone.changeEmail(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
        }
        assertThatThrownBy(() -> rezone.changeEmail("a".repeat(250) + "@example.cn"))
                .isInstanceOf(InvalidInput.class);
    }
}
