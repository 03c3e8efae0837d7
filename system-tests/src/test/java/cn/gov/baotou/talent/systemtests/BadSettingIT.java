package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A wrong setting ends the start, loudly (issue 18 item 7): the README's run command with an administrator password
 * that contains the account name exits with status 78 and one line naming the setting and its rule — it used to fail
 * the deployment while the process lived on, logged "ready" and answered 503 for ever.
 */
class BadSettingIT {

    @Test
    void anAdministratorPasswordContainingTheAccountNameStopsTheStart() throws Exception {
        Path dir = Path.of(System.getProperty("talent.st.dir"), "bad-setting");
        Files.createDirectories(dir);
        Path log = dir.resolve("server.log");
        ProcessBuilder start = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx512m",
                        "-Dtalent.data.dir=" + dir.toAbsolutePath(),
                        "-jar",
                        new File(System.getProperty("talent.jar")).getAbsolutePath(),
                        "--port",
                        String.valueOf(RunningPlatform.freePort()),
                        "--nocluster",
                        "--disablephonehome"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        start.environment().put("TALENT_ADMIN_PASSWORD", "Admin@12345x");
        Process process = start.start();
        try {
            assertThat(process.waitFor(Long.getLong("talent.st.bootSeconds", 300), TimeUnit.SECONDS))
                    .as("the process ends by itself; see " + log)
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(78);
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("talent platform: setting TALENT_ADMIN_PASSWORD: ")
                    .doesNotContain("Admin@12345x");
        } finally {
            process.destroyForcibly();
        }
    }
}
