package cn.gov.baotou.talent.core.ledger.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.ledger.LedgerDatabase;
import cn.gov.baotou.talent.core.ledger.LedgerSeeds;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public contract of /api/v1/ledger/grants without a server: the JSON of a grant, and every refusal by field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantsResourceTest {

    private LedgerDatabase db;
    private FundingGrant grant;
    private final Jsonb jsonb = JsonbBuilder.create();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(TestDatabases.h2());
        grant = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(
                        db.person("王堃"),
                        db.enterprise("91150271MAYY0D013N"),
                        LedgerDatabase.ZONE,
                        Yuan.wan(20),
                        LocalDate.of(2024, 9, 27))));
    }

    @AfterAll
    void close() throws Exception {
        jsonb.close();
        db.close();
    }

    @Test
    void aGrantIsShownWithAmountsAsTextAndItsPurposeByName() {
        String json = request(Callers.districtFinance(LedgerDatabase.ZONE), r -> jsonb.toJson(r.get(grant.id())));
        assertThat(json)
                .contains("\"totalYuan\":\"200000.00\"", "\"cityShareYuan\":\"100000.00\"")
                .contains("\"purpose\":\"TALENT_INTRO_SUBSIDY\"", "\"purposeName\":\"引进博士硕士补贴\"")
                .contains("\"clauseId\":\"intake.3.2.1\"", "\"dueDate\":\"2024-10-16\"", "\"status\":\"COMMITTED\"")
                .contains("\"payments\":[]");
        String page = request(Callers.cityFinance(), r -> jsonb.toJson(r.search(null, null, 0, 20)));
        assertThat(page).startsWith("{\"items\":[").contains("\"total\":1");
    }

    @Test
    void aGrantOutsideTheScopeIsNotFoundAndAnUnknownStatusIsRefusedByName() {
        assertThatThrownBy(() -> request(Callers.districtFinance(LedgerDatabase.KUNDULUN), r -> r.get(grant.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> request(Callers.cityFinance(), r -> r.search(null, "SETTLED", 0, 20)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("status"));
    }

    @Test
    void aPaymentWithoutItsIdempotencyKeyIsRefusedNamingTheHeaderAndEveryUnreadableField() {
        PaymentForm form = new PaymentForm("PROVINCE", "10万", "2024/10/16", "BANK-1");
        assertThatThrownBy(() -> request(Callers.cityFinance(), r -> r.pay(grant.id(), null, form, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors())
                            .extracting(FieldError::field)
                            .containsExactly("Idempotency-Key", "financeLevel", "amountYuan", "paidOn");
                    assertThat(Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                            .contains("Idempotency-Key");
                });
        PaymentForm good = new PaymentForm("CITY", "100000.00", "2024-10-16", "BANK-1");
        assertThatThrownBy(() -> request(Callers.cityFinance(), r -> r.pay(grant.id(), " ", good, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("Idempotency-Key"));
        assertThatThrownBy(() -> request(Callers.cityOffice(), r -> r.recover(grant.id(), null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("Idempotency-Key"));
        assertThat(db.count("select count(*) from core_payment")).isZero();
    }

    /** One request: the resource over an entity manager of its own, rolled back afterwards. */
    private <T> T request(Caller caller, Function<GrantsResource, T> call) {
        EntityManager em = db.emf.createEntityManager();
        try {
            em.getTransaction().begin();
            GrantsResource resource = new GrantsResource();
            resource.purposes = LedgerSeeds.purposes();
            resource.ledger =
                    new FundingLedger(em, caller, resource.purposes, new CommittedRows(db.emf), TestClock.CLOCK);
            return call.apply(resource);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }
}
