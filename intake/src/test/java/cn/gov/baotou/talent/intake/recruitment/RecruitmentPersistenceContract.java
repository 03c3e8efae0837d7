package cn.gov.baotou.talent.intake.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.IntakeDatabase;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.CandidateDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.EventDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.WorkstationDraft;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Recruitment events, workstations and their candidates on a real database, once on H2 and once on PostgreSQL: the
 * city office records them, each role reads the candidates of its scope, and a hire's source is found by kind and id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RecruitmentPersistenceContract {

    IntakeDatabase db;
    long event;
    long workstation;
    long magnetId;
    long catalystId;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnetId = db.enterprise("91150271MAYY0D013N");
        catalystId = db.enterprise("91150203MAYY0D072A");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theCityOfficeRecordsAnEventAndAWorkstationAndNoOtherRoleMay() {
        event = db.recruitment(Callers.cityOffice(), b -> b.createEvent(new EventDraft(
                        "包头市重点产业博士硕士推介引才活动（北京科技大学专场）", "北京科技大学", "北京", "2022-05-18", "2022-05-18", "市委人才办"))
                .id());
        workstation = db.recruitment(Callers.cityOffice(), b -> b.createWorkstation(
                        new WorkstationDraft("包头市驻上海域外人才工作站", "上海", "上海包头商会", "021-62345678", null, "2022-04-20", null))
                .id());
        assertThatThrownBy(() -> db.recruitment(
                        Callers.districtOffice("150271"),
                        b -> b.createEvent(new EventDraft("x", "y", null, "2022-05-18", "2022-05-18", "z"))))
                .isInstanceOf(Forbidden.class);
        assertThat(db.count("select count(*) from intake_recruitment_event")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aRecordWithBadFieldsIsRefusedNamingEachAndNothingIsWritten() {
        assertThatThrownBy(() -> db.recruitment(
                        Callers.cityOffice(),
                        b -> b.createWorkstation(
                                new WorkstationDraft("", "上海", "商会", "12", "x@", "2022-13-01", "2022-01-01"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "contactPhone", "contactEmail", "activeFrom"));
        assertThatThrownBy(() -> db.recruitment(
                        Callers.cityOffice(),
                        b -> b.createEvent(new EventDraft("专场", "内蒙古大学", null, "2022-05-18", "2022-05-17", "市委人才办"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("endsOn"));
        assertThat(db.count("select count(*) from intake_workstation")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void eachSourceRecordsTheCandidatesItBroughtAndEachRoleReadsThoseOfItsScope() {
        add(
                SourceKind.EVENT,
                event,
                new CandidateDraft("李明远", "DOCTOR", "北京科技大学", "材料科学与工程", "" + magnetId, "CONTACTED"));
        add(SourceKind.EVENT, event, new CandidateDraft("张晓宁", "MASTER", "北京科技大学", "冶金工程", null, "CONTACTED"));
        add(
                SourceKind.WORKSTATION,
                workstation,
                new CandidateDraft("王思源", "MASTER", "上海大学", "物理化学", "" + catalystId, "INTERVIEWED"));

        assertThat(names(Callers.cityOffice(), SourceKind.EVENT, event)).containsExactly("李明远", "张晓宁");
        assertThat(names(Callers.districtOffice("150271"), SourceKind.EVENT, event))
                .containsExactly("李明远");
        assertThat(names(Callers.districtOffice("150203"), SourceKind.EVENT, event))
                .isEmpty();
        assertThat(names(Callers.enterprise(magnetId), SourceKind.EVENT, event)).containsExactly("李明远");
        assertThat(names(Callers.enterprise(catalystId), SourceKind.WORKSTATION, workstation))
                .containsExactly("王思源");
        assertThatThrownBy(() -> db.recruitment(
                        Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES")),
                        b -> b.candidates(SourceKind.EVENT, event)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    @Order(4)
    void theCityOfficeRecordsHowFarACandidateCameAndAnUnknownOneIsNotFound() {
        long id = db.recruitment(
                Callers.cityOffice(),
                b -> b.candidates(SourceKind.WORKSTATION, workstation).get(0).id());
        RecruitedCandidate c = db.recruitment(
                Callers.cityOffice(),
                b -> b.updateCandidate(
                        SourceKind.WORKSTATION,
                        workstation,
                        id,
                        new CandidateDraft("王思源", "MASTER", "上海大学", "物理化学", "" + catalystId, "OFFERED")));
        assertThat(c.details().status()).isEqualTo(CandidateStatus.OFFERED);
        // the candidate belongs to the workstation, not to the event of the same number
        assertThatThrownBy(() -> db.recruitment(
                        Callers.cityOffice(),
                        b -> b.updateCandidate(
                                SourceKind.EVENT,
                                event,
                                id,
                                new CandidateDraft("王思源", "MASTER", "上海大学", "物理化学", null, "OFFERED"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.recruitment(
                        Callers.cityOffice(),
                        b -> b.addCandidate(
                                SourceKind.EVENT,
                                event,
                                new CandidateDraft("赵一", "DOCTOR", "清华大学", "化学", "999999", "CONTACTED"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("enterpriseId"));
    }

    @Test
    @Order(6)
    void theTableRefusesACandidateWithoutASourceOrWithTwo() {
        String both = "insert into intake_candidate (id, version, event_id, workstation_id, full_name, degree,"
                + " institution, major, status, updated_by, updated_at) values (900, 0, " + event + ", " + workstation
                + ", 'x', 'DOCTOR', 'y', 'z', 'CONTACTED', 'city', current_timestamp)";
        String none = both.replace(event + ", " + workstation, "null, null");
        assertThatThrownBy(() -> execute(both)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(none)).isInstanceOf(SQLException.class);
    }

    private void add(SourceKind kind, long source, CandidateDraft draft) {
        db.recruitment(Callers.cityOffice(), b -> b.addCandidate(kind, source, draft));
    }

    private List<String> names(Caller caller, SourceKind kind, long id) {
        return db.recruitment(caller, b -> b.candidates(kind, id).stream()
                .map(c -> c.details().fullName())
                .toList());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
