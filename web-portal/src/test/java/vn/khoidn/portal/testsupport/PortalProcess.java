package vn.khoidn.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable portal jar started the way the README starts it ({@code java -jar portal.jar --port
 * N}), in a folder of its own and with none of the {@code PORTAL_*} settings, so it uses the
 * embedded default.
 */
public final class PortalProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(240);

  private final Process process;
  private final Path log;
  private final int port;

  private PortalProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts the jar in the given folder and waits until Payara Micro says it is ready.
   *
   * @param workingDir the folder to start it from; its {@code data/} will hold the database
   * @param logName the file in that folder that receives the output
   * @return the running portal
   */
  public static PortalProcess startIn(Path workingDir, String logName) {
    return startIn(workingDir, logName, Map.of(), "512m");
  }

  /**
   * Starts the jar in the given folder with some settings, and waits until it is ready.
   *
   * @param workingDir the folder to start it from
   * @param logName the file in that folder that receives the output
   * @param environment {@code PORTAL_*} settings, e.g. the database's URL
   * @param maxHeap the JVM's {@code -Xmx}, e.g. {@code 512m}
   * @return the running portal
   */
  public static PortalProcess startIn(
      Path workingDir, String logName, Map<String, String> environment, String maxHeap) {
    return startIn(
        workingDir,
        logName,
        environment,
        maxHeap,
        // One JVM alone unless asked: no Hazelcast, so no JCache either.
        Boolean.getBoolean("portal.process.cluster") ? List.of() : List.of("--nocluster"));
  }

  /**
   * Starts the jar with some settings and Payara Micro options, and waits until it is ready.
   *
   * @param workingDir the folder to start it from
   * @param logName the file in that folder that receives the output
   * @param environment {@code PORTAL_*} settings, e.g. the database's URL
   * @param maxHeap the JVM's {@code -Xmx}, e.g. {@code 512m}
   * @param options Payara Micro options after {@code --port}, e.g. the cluster's name and members
   * @return the running portal
   */
  public static PortalProcess startIn(
      Path workingDir,
      String logName,
      Map<String, String> environment,
      String maxHeap,
      List<String> options) {
    String jar = System.getProperty("portal.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "The runnable jar is missing (portal.jar=" + jar + "): run mvn verify.");
    }
    int port = freePort();
    Path log = workingDir.resolve(logName);
    try {
      Path tmp = Files.createDirectories(workingDir.resolve("tmp"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + maxHeap);
      command.add("-Djava.io.tmpdir=" + tmp);
      command.add("-jar");
      command.add(Path.of(jar).toAbsolutePath().toString());
      command.add("--port");
      command.add(Integer.toString(port));
      command.addAll(options);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
      builder.environment().putAll(environment);
      PortalProcess portal = new PortalProcess(builder.start(), log, port);
      portal.awaitReady();
      return portal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL, ending with a slash. */
  public String baseUrl() {
    return "http://localhost:" + port + "/";
  }

  /** Everything the portal has written to its output so far. */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      String out = Files.exists(log) ? output() : "";
      if (out.contains("Payara Micro") && out.contains("ready in")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The portal exited during startup:\n" + tail(out));
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException(
        "The portal did not start within " + STARTUP + ":\n" + tail(output()));
  }

  /** Stops the portal as Ctrl+C would, and waits for it to end. */
  /**
   * Kills the portal's JVM at once ({@code kill -9}): no shutdown hook, no transaction finished.
   *
   * @throws InterruptedException if interrupted while it dies
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(String out) {
    return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
  }

  /**
   * A port nobody listens on now.
   *
   * @return the port
   */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
