package vn.khoidn.portal.infrastructure.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import vn.khoidn.portal.application.rollup.DerivedCache;

/**
 * Large derived data (a period's figures, the organization tree, a year's forms) kept in the
 * cluster's JCache, which Payara provides through its Hazelcast member. Values are bytes, so any
 * node can read what another cached without sharing classes, and each value starts with the version
 * of the data it was derived from: a reader that finds another version reads the database and
 * replaces the entry. An entry unused for an hour is dropped.
 *
 * <p>The version of the tables of a {@link DataSet} is a random stamp kept in the cache itself, so
 * every node sees the same one. The writes replace it: {@link #written} is called for each change
 * (by the entities' listener, {@code DataSetListener}) and replaces the stamp once the transaction
 * has committed. A reader takes the stamp <em>before</em> it reads the database and caches what it
 * read under that stamp; a write that commits while it reads can therefore only make its entry
 * stale (the stamp is replaced after the commit), never put old data under a new stamp. A
 * transaction that has itself written a set reads that set from the database and caches nothing:
 * what it sees is not committed. Nothing is kept in this JVM besides the connection to the cache.
 *
 * <p>Without a cluster (Payara Micro's {@code --nocluster}) there is no JCache: every read goes to
 * the database.
 */
@ApplicationScoped
@ContextServiceDefinition(
    name = "java:app/concurrent/portal-cache-context",
    propagated = {},
    cleared = ContextServiceDefinition.ALL_REMAINING,
    unchanged = {})
@ManagedExecutorDefinition(
    name = ClusterCache.CACHE_EXECUTOR,
    context = "java:app/concurrent/portal-cache-context",
    maxAsync = 4)
public class ClusterCache implements DerivedCache {

  private static final Logger LOG = Logger.getLogger(ClusterCache.class.getName());

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The JCache's name. */
  public static final String NAME = "vn.khoidn.portal.derived-data";

  /** The few operations of the JCache the portal uses. */
  interface Store {
    Map<String, byte[]> getAll(Set<String> keys);

    void putAll(Map<String, byte[]> entries);

    /** Puts a value unless the key has one; returns the value the key has afterwards. */
    byte[] putIfAbsent(String key, byte[] value);

    void put(String key, byte[] value);
  }

  /** What the cache needs to know of the current transaction. */
  interface Transactions {
    /** Whether the calling thread runs in a transaction that may still commit. */
    boolean active();

    /** Whether the current transaction has written the set. */
    boolean wrote(DataSet set);

    /** Notes that the current transaction writes the set; true the first time. */
    boolean markWritten(DataSet set);

    /** Runs an action once the current transaction has committed, and not if it rolls back. */
    void afterCommit(Runnable action);
  }

  /**
   * The container's default managed executor: every cache operation runs there, on a thread that
   * serves no request. Payara's Hazelcast carries the calling thread's application context into its
   * own threads and, when done there, closes that context's non-transactional entity managers: run
   * on the request's thread, it closed the ones the request was still using (docs/performance.md).
   * A managed task runs under a context of its own, set up and torn down by the container; the
   * cache holds only strings and bytes, so it needs nothing of the request's.
   */
  @Resource(lookup = CACHE_EXECUTOR)
  private ManagedExecutorService threads;

  /** The cache's own managed executor, whose tasks carry none of the caller's context. */
  static final String CACHE_EXECUTOR = "java:app/concurrent/portal-cache";

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry registry;

  private Store store;
  private Transactions transactions;

  /** For CDI. */
  public ClusterCache() {}

  /**
   * A cache on a given store, outside a container.
   *
   * @param store the store, or null for none
   * @param transactions the transactions
   */
  ClusterCache(Store store, Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  /**
   * Connects when the application starts, on its start-up thread, before any request.
   *
   * @param event the application scope's start
   */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    // The proxy's @PostConstruct runs here, on the first call.
    isConnected();
  }

  private boolean isConnected() {
    return store != null;
  }

  @PostConstruct
  void connect() {
    transactions = registry == null ? NO_TRANSACTIONS : new Jta(registry);
    try {
      CacheManager manager = (CacheManager) new InitialContext().lookup("payara/CacheManager");
      // Opened on the calling thread: the application's start (see onStart), whose invocation
      // Hazelcast's tenant control records for the cache; a task without context cannot open it.
      Cache<String, byte[]> cache = open(manager);
      store = new JCacheStore(cache);
      LOG.info("Dữ liệu tổng hợp được lưu đệm trong JCache / derived data cached in JCache");
      // Schema migrations (Flyway) change tables without the entities' listeners when a node
      // starts, before its first use of the cache: whatever the cluster cached before is not
      // trusted.
      EnumSet.allOf(DataSet.class).forEach(this::bump);
    } catch (NamingException | RuntimeException e) {
      store = null;
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

  /** How long a cache operation may take before the caller gives up: never a hung page. */
  private static final long OPERATION_TIMEOUT_SECONDS = 30;

  /** Runs a cache operation on a managed thread (see {@link #threads}). */
  private <R> R outsideRequest(Supplier<R> operation) {
    try {
      return threads.submit(operation::get).get(OPERATION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "JCache không trả lời / the cluster cache did not answer in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Notes that the current transaction changes tables of a set: once it commits, the set's stamp is
   * replaced, on every node. A write outside a transaction has been committed: the stamp is
   * replaced at once.
   *
   * @param set the set
   */
  public void written(DataSet set) {
    if (store == null) {
      return;
    }
    if (!transactions.active()) {
      bump(set);
    } else if (transactions.markWritten(set)) {
      try {
        transactions.afterCommit(() -> bump(set));
      } catch (IllegalStateException tooLate) {
        // The transaction no longer takes synchronizations: replace the stamp now. A reader
        // between now and the commit could cache the old rows under the new stamp, so say so.
        LOG.log(
            Level.WARNING,
            "Dấu phiên bản được thay trước khi giao dịch kết thúc / stamp of "
                + set
                + " replaced"
                + " before the commit",
            tooLate);
        bump(set);
      }
    }
  }

  /** Gives a set a new stamp. */
  void bump(DataSet set) {
    Store s = store;
    if (s == null) {
      return;
    }
    try {
      s.put(set.stampKey(), freshStamp());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Không thay được dấu phiên bản / the stamp of " + set + " could not be replaced",
          e);
    }
  }

  /**
   * The version of the data derived from some sets' tables, to be read before the tables are: their
   * stamps.
   *
   * @param sets the sets
   * @return the version, or null if nothing derived from them may be cached: there is no cache, or
   *     the current transaction has written one of them
   */
  String version(Collection<DataSet> sets) {
    Store s = store;
    if (s == null) {
      return null;
    }
    for (DataSet set : sets) {
      if (transactions.active() && transactions.wrote(set)) {
        return null;
      }
    }
    Set<String> keys = sets.stream().map(DataSet::stampKey).collect(Collectors.toSet());
    Map<String, byte[]> found = s.getAll(keys);
    StringBuilder version = new StringBuilder();
    for (String key : new TreeSet<>(keys)) {
      byte[] stamp = found.get(key);
      if (stamp == null) {
        stamp = s.putIfAbsent(key, freshStamp());
      }
      version.append(key).append('=').append(HexFormat.of().formatHex(stamp)).append(';');
    }
    return version.toString();
  }

  private static byte[] freshStamp() {
    byte[] stamp = new byte[16];
    RANDOM.nextBytes(stamp);
    return stamp;
  }

  /**
   * The value derived from some sets' tables, cached under their stamps, or else the loaded one,
   * which is then cached under the stamps read before loading it.
   *
   * @param key the key
   * @param sets the sets whose tables the value is derived from
   * @param load reads the value from the database
   * @param writer writes a value as bytes
   * @param reader reads it back
   * @param <T> the value's type
   * @return the value
   */
  public <T> T get(
      String key, Collection<DataSet> sets, Supplier<T> load, Writer<T> writer, Reader<T> reader) {
    String version = version(sets);
    if (version == null) {
      return load.get();
    }
    return get(key, version, load, writer, reader);
  }

  @Override
  public <T> Map<String, T> getAll(
      Map<String, String> versions,
      Function<Set<String>, Map<String, T>> load,
      Writer<T> writer,
      Reader<T> reader) {
    try {
      Store s = store;
      Map<String, byte[]> cached = s == null ? Map.of() : s.getAll(versions.keySet());
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
      if (s != null) {
        Map<String, byte[]> entries = new HashMap<>();
        for (Map.Entry<String, T> e : loaded.entrySet()) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
          DataOutputStream out = new DataOutputStream(bytes);
          out.writeUTF(versions.get(e.getKey()));
          writer.write(e.getValue(), out);
          out.flush();
          entries.put(e.getKey(), bytes.toByteArray());
        }
        s.putAll(entries);
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JCache, each operation on the cache's own threads. */
  private final class JCacheStore implements Store {
    private final Cache<String, byte[]> cache;

    JCacheStore(Cache<String, byte[]> cache) {
      this.cache = cache;
    }

    @Override
    public Map<String, byte[]> getAll(Set<String> keys) {
      return outsideRequest(() -> cache.getAll(keys));
    }

    @Override
    public void putAll(Map<String, byte[]> entries) {
      outsideRequest(
          () -> {
            cache.putAll(entries);
            return null;
          });
    }

    @Override
    public byte[] putIfAbsent(String key, byte[] value) {
      return outsideRequest(
          () -> {
            if (cache.putIfAbsent(key, value)) {
              return value;
            }
            byte[] other = cache.get(key);
            // Gone again at once (expired): the value is this reader's; the next reader's
            // differs, so nothing it cached is ever taken for the next one's.
            return other == null ? value : other;
          });
    }

    @Override
    public void put(String key, byte[] value) {
      outsideRequest(
          () -> {
            cache.put(key, value);
            return null;
          });
    }
  }

  /** No transactions: every write has been committed when it is reported. */
  private static final Transactions NO_TRANSACTIONS =
      new Transactions() {
        @Override
        public boolean active() {
          return false;
        }

        @Override
        public boolean wrote(DataSet set) {
          return false;
        }

        @Override
        public boolean markWritten(DataSet set) {
          return true;
        }

        @Override
        public void afterCommit(Runnable action) {
          action.run();
        }
      };

  /** The container's JTA transactions. */
  private static final class Jta implements Transactions {
    private final TransactionSynchronizationRegistry registry;

    Jta(TransactionSynchronizationRegistry registry) {
      this.registry = registry;
    }

    @Override
    public boolean active() {
      int status = registry.getTransactionStatus();
      return status != Status.STATUS_NO_TRANSACTION
          && status != Status.STATUS_COMMITTED
          && status != Status.STATUS_ROLLEDBACK
          && status != Status.STATUS_UNKNOWN;
    }

    private static String resourceKey(DataSet set) {
      return ClusterCache.class.getName() + "|written|" + set.name();
    }

    @Override
    public boolean wrote(DataSet set) {
      return registry.getResource(resourceKey(set)) != null;
    }

    @Override
    public boolean markWritten(DataSet set) {
      if (wrote(set)) {
        return false;
      }
      registry.putResource(resourceKey(set), Boolean.TRUE);
      return true;
    }

    @Override
    public void afterCommit(Runnable action) {
      if (registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
        return; // it will not commit
      }
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Nothing before: the stamp changes once the rows are committed.
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                action.run();
              }
            }
          });
    }
  }
}
