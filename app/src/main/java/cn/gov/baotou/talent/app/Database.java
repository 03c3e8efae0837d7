package cn.gov.baotou.talent.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source, configured by MicroProfile Config: {@code TALENT_DB_URL}, {@code TALENT_DB_USER},
 * {@code TALENT_DB_PASSWORD}; by default an H2 file under {@code TALENT_DATA_DIR} (./data).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/talent",
        className = "cn.gov.baotou.talent.app.TalentDataSource",
        url = "${MPCONFIG=talent.db.url}",
        user = "${MPCONFIG=talent.db.user}",
        password = "${MPCONFIG=talent.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
public class Database {}
