package cn.gov.baotou.talent.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a user runs it: {@code java -jar app/target/talent-platform.jar} on a free port, with its own data
 * directory and its clock started on the tests' day ({@code -Dtalent.clock}, {@link TestDay}), ready when
 * {@code /health/ready} says UP (never the log line: a failed deployment still logs "ready").
 */
final class RunningPlatform implements AutoCloseable {

    /** 300 s; {@code -Dtalent.st.bootSeconds=900} on a machine busy with other builds. */
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(Long.getLong("talent.st.bootSeconds", 300));

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final LocalDate today;
    private Process process;
    private final List<String> settings = new ArrayList<>();

    RunningPlatform(Path dataDir) {
        this(dataDir, freePort(), TestDay.TODAY);
    }

    /** A platform whose clock starts on {@code today} rather than the tests' day: a test of a particular date. */
    RunningPlatform(Path dataDir, LocalDate today) {
        this(dataDir, freePort(), today);
    }

    private RunningPlatform(Path dataDir, int port) {
        this(dataDir, port, TestDay.TODAY);
    }

    private RunningPlatform(Path dataDir, int port, LocalDate today) {
        this.dataDir = dataDir;
        this.port = port;
        this.today = today;
        this.log = dataDir.resolve("server-" + port + ".log");
    }

    /** A setting of this platform ({@code -Dtalent.x=…}), before it starts. */
    RunningPlatform setting(String name, String value) {
        settings.add("-D" + name + "=" + value);
        return this;
    }

    /** One platform for a whole test run, with the demo data, started on first use. */
    static synchronized RunningPlatform shared() {
        if (shared == null) {
            shared = new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "shared"));
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private static RunningPlatform shared;
    private static RunningPlatform intake;
    private static RunningPlatform attacked;

    /**
     * A platform with the demo data for the suites that attack it (every operation of the API as every role, bad
     * input by the thousand): a write that wrongly succeeds there changes nothing the other tests read.
     */
    static synchronized RunningPlatform attacked() {
        if (attacked == null) {
            attacked = new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "attacked"));
            attacked.start();
            Runtime.getRuntime().addShutdownHook(new Thread(attacked::close));
        }
        return attacked;
    }

    /**
     * A second platform for the intake plan's lifecycle pages: they enter this year's policy version and bring hires
     * and ledger grants through every state, which the shared platform's tests (counts, the catalog, the ledger's
     * overdue list) should not see.
     */
    static synchronized RunningPlatform intake() {
        String port = System.getProperty("talent.st.intakePort");
        if (intake == null && port != null && !port.isBlank()) {
            // a platform started by hand, to run these tests again and again without a boot each time (started with
            // -Dtalent.clock= the tests' day, as start() does)
            intake =
                    new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "intake"), Integer.parseInt(port));
        }
        if (intake == null) {
            intake = new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "intake"));
            intake.start();
            Runtime.getRuntime().addShutdownHook(new Thread(intake::close));
        }
        return intake;
    }

    RunningPlatform start() {
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m",
                    "-Dtalent.data.dir=" + dataDir.toAbsolutePath(),
                    // the platform's today is the tests' today, whatever the date of the machine
                    "-Dtalent.clock=" + today));
            command.addAll(settings);
            command.addAll(List.of(
                    "-jar",
                    new File(System.getProperty("talent.jar")).getAbsolutePath(),
                    "--port",
                    String.valueOf(port),
                    "--nocluster",
                    "--disablephonehome"));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the platform", e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        // elapsed time by the monotonic clock: the wall clock is the platform's business, and may jump
        long started = System.nanoTime();
        while (System.nanoTime() - started < BOOT_LIMIT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(url("/health/ready")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("the platform was not ready within " + BOOT_LIMIT + "; see " + log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Ends the platform as a power cut would: SIGKILL, no shutdown of anything. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
