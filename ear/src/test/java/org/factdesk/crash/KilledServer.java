package org.factdesk.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The test server of the ear module, started as a process of its own on a copy of its configuration, with the
 * built EAR in its deployment folder and a data folder that outlives each start, so that a test can kill it with
 * SIGKILL and start it again on what the killed one left behind. The JVM is launched directly, not through
 * standalone.sh, so that the kill reaches the server itself.
 */
final class KilledServer {

    private static final Duration BOOT = Duration.ofMinutes(5);

    private final Path home = Path.of(property("jboss.home"));
    private final Path work = Path.of(property("factdesk.crash.dir"));
    private final Path base = work.resolve("standalone");
    private final Path data = work.resolve("data");
    private final int offset = Integer.parseInt(property("it.port.offset"));
    private final List<Socket> sockets = new ArrayList<>();
    private Process process;
    private int starts;

    /** Starts the server (the first time on a fresh copy and an empty data folder) and waits for the deployment. */
    URL start() throws IOException, InterruptedException {
        if (starts == 0) {
            delete(work);
            copy(home.resolve("standalone"), base);
            Files.copy(Path.of(property("factdesk.ear")), base.resolve("deployments/factdesk.ear"));
            Files.createDirectories(data);
        }
        starts++;
        var command = StandaloneCommandBuilder.of(home).setBaseDirectory(base).setServerConfiguration("standalone.xml")
                .addJavaOptions("-Xms64m", "-Xmx768m", "-Djava.net.preferIPv4Stack=true",
                        "-Djboss.socket.binding.port-offset=" + offset, "-Dfactdesk.home=" + data,
                        "-Dfactdesk.public-url=" + property("factdesk.public-url"));
        process = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(work.resolve("server-" + starts + ".log")).launch();
        var url = new URL("http://127.0.0.1:" + (8080 + offset) + "/");
        awaitDeployment(url);
        return url;
    }

    Path importRoot() {
        return data.resolve("import");
    }

    /** Keeps a connection open until the server goes, as a client whose request was cut off would. */
    void closeWithServer(Socket socket) {
        sockets.add(socket);
    }

    /** What every thread of the running server is doing now, as {@code jcmd Thread.print} prints it. */
    String threadDump() throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                .redirectErrorStream(true).start();
        var text = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        dump.waitFor();
        return text;
    }

    /** SIGKILL: the server gets no chance to finish anything. */
    void kill() {
        if (process != null && process.isAlive()) {
            // on Linux, destroyForcibly is SIGKILL to the server's own JVM (launched directly, no script between)
            process.destroyForcibly();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the server did not die");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        for (var socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // the server is gone; there is nothing left to tell it
            }
        }
        sockets.clear();
    }

    /** The public API answers once the EAR is deployed (its start-up work, demo users included, is done by then). */
    private void awaitDeployment(URL url) throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var probe = HttpRequest.newBuilder(URI.create(url + "api/public/factchecks")).timeout(Duration.ofSeconds(30)).GET().build();
        var until = System.nanoTime() + BOOT.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited while starting; see " + work);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Factdesk was not deployed within " + BOOT + "; see " + work);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String property(String name) {
        return Objects.requireNonNull(System.getProperty(name), name + " is set by failsafe in ear/pom.xml");
    }
}
