package vn.khoidn.portal.infrastructure.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Large derived data (a period's figures, the organization tree, a year's forms) kept in the
 * cluster's JCache, which Payara provides through its Hazelcast member. Values are bytes, so any
 * node can read what another cached without sharing classes, and each value starts with the version
 * of the data it was derived from: a reader that finds another version reads the database and
 * replaces the entry. Nothing is ever stale, and an entry unused for an hour is dropped.
 *
 * <p>Without a cluster (Payara Micro's {@code --nocluster}) there is no JCache: every read goes to
 * the database.
 */
@ApplicationScoped
public class ClusterCache {

  private static final Logger LOG = Logger.getLogger(ClusterCache.class.getName());

  /** The JCache's name. */
  public static final String NAME = "vn.khoidn.portal.derived-data";

  /** Writes a value after its version. */
  @FunctionalInterface
  public interface Writer<T> {
    /**
     * Writes the value.
     *
     * @param value the value
     * @param out where to
     * @throws IOException never, for bytes in memory
     */
    void write(T value, DataOutputStream out) throws IOException;
  }

  /** Reads back what a {@link Writer} wrote. */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param in where from
     * @return the value
     * @throws IOException if the bytes are not what was written
     */
    T read(DataInputStream in) throws IOException;
  }

  private Cache<String, byte[]> cache;

  private final ExecutorService threads =
      Executors.newFixedThreadPool(
          4,
          task -> {
            // Not inheriting thread locals: Payara keeps the request's invocation in one.
            Thread t = new Thread(null, task, "cluster-cache", 0, false);
            t.setDaemon(true);
            return t;
          });

  @PreDestroy
  void close() {
    threads.shutdown();
  }

  @PostConstruct
  void connect() {
    try {
      CacheManager manager = (CacheManager) new InitialContext().lookup("payara/CacheManager");
      cache = outsideRequest(() -> open(manager));
      LOG.info("Dữ liệu tổng hợp được lưu đệm trong JCache / derived data cached in JCache");
    } catch (NamingException | RuntimeException e) {
      cache = null;
      LOG.log(
          Level.INFO,
          "Không có JCache (chạy không cụm?): dữ liệu được đọc lại mỗi lần / no JCache (no"
              + " cluster?): data is read from the database every time ({0})",
          e.toString());
    }
  }

  private static Cache<String, byte[]> open(CacheManager manager) {
    Cache<String, byte[]> existing = manager.getCache(NAME, String.class, byte[].class);
    if (existing != null) {
      return existing;
    }
    try {
      return manager.createCache(
          NAME,
          new MutableConfiguration<String, byte[]>()
              .setTypes(String.class, byte[].class)
              .setStoreByValue(true)
              .setExpiryPolicyFactory(AccessedExpiryPolicy.factoryOf(Duration.ONE_HOUR)));
    } catch (CacheException createdMeanwhile) {
      return manager.getCache(NAME, String.class, byte[].class);
    }
  }

  /**
   * Runs a cache operation on a thread that serves no request. Payara's Hazelcast carries the
   * calling thread's application context into its own threads and, when done there, closes the
   * request's non-transactional entity managers, which the request may still be using. The cache
   * holds only strings and bytes, so it needs no application context. The threads are a few of the
   * cache's own: the common fork-join pool has a single thread on two cores, which would make
   * concurrent pages wait for each other's cache reads.
   */
  private <R> R outsideRequest(Supplier<R> operation) {
    try {
      return CompletableFuture.supplyAsync(operation, threads).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * The value cached under a key for a version, or else the loaded one, which is then cached.
   *
   * @param key the key
   * @param version the version of the data the value is derived from, as read just now
   * @param load reads the value from the database
   * @param writer writes a value as bytes
   * @param reader reads it back
   * @param <T> the value's type
   * @return the value
   */
  public <T> T get(
      String key, String version, Supplier<T> load, Writer<T> writer, Reader<T> reader) {
    return getAll(Map.of(key, version), missing -> Map.of(key, load.get()), writer, reader)
        .get(key);
  }

  /**
   * Several values in one round trip to the cache; those missing or of another version are loaded
   * together and cached.
   *
   * @param versions each key with the version of the data its value is derived from
   * @param load reads the values of the given keys from the database, one for each key
   * @param writer writes a value as bytes
   * @param reader reads it back
   * @param <T> the value's type
   * @return the value of each key
   */
  public <T> Map<String, T> getAll(
      Map<String, String> versions,
      Function<Set<String>, Map<String, T>> load,
      Writer<T> writer,
      Reader<T> reader) {
    try {
      Cache<String, byte[]> c = cache;
      Map<String, byte[]> cached =
          c == null ? Map.of() : outsideRequest(() -> c.getAll(versions.keySet()));
      Map<String, T> values = new HashMap<>();
      for (Map.Entry<String, byte[]> e : cached.entrySet()) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(e.getValue()));
        if (in.readUTF().equals(versions.get(e.getKey()))) {
          values.put(e.getKey(), reader.read(in));
        }
      }
      Set<String> missing = new TreeSet<>(versions.keySet());
      missing.removeAll(values.keySet());
      if (missing.isEmpty()) {
        return values;
      }
      Map<String, T> loaded = load.apply(missing);
      values.putAll(loaded);
      if (c != null) {
        Map<String, byte[]> entries = new HashMap<>();
        for (Map.Entry<String, T> e : loaded.entrySet()) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
          DataOutputStream out = new DataOutputStream(bytes);
          out.writeUTF(versions.get(e.getKey()));
          writer.write(e.getValue(), out);
          out.flush();
          entries.put(e.getKey(), bytes.toByteArray());
        }
        outsideRequest(
            () -> {
              c.putAll(entries);
              return null;
            });
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an array of longs as one block.
   *
   * @param out where to
   * @param values the values
   * @throws IOException never, for bytes in memory
   */
  public static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    out.writeInt(values.length);
    out.write(buffer.array());
  }

  /**
   * Reads an array written by {@link #writeLongs}.
   *
   * @param in where from
   * @return the values
   * @throws IOException if the bytes end early
   */
  public static long[] readLongs(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Long.BYTES];
    in.readFully(bytes);
    long[] values = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(values);
    return values;
  }

  /**
   * Writes an array of bytes with its length.
   *
   * @param out where to
   * @param values the values
   * @throws IOException never, for bytes in memory
   */
  public static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
    out.writeInt(values.length);
    out.write(values);
  }

  /**
   * Reads an array written by {@link #writeBytes}.
   *
   * @param in where from
   * @return the values
   * @throws IOException if the bytes end early
   */
  public static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] values = new byte[in.readInt()];
    in.readFully(values);
    return values;
  }

  /**
   * Writes a string that may be null.
   *
   * @param out where to
   * @param value the string or null
   * @throws IOException never, for bytes in memory
   */
  public static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  /**
   * Reads a string written by {@link #writeNullable}.
   *
   * @param in where from
   * @return the string or null
   * @throws IOException if the bytes end early
   */
  public static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
