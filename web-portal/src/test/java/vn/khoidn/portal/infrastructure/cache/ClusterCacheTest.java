package vn.khoidn.portal.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The staleness rule of the cluster's cache without a cluster: stamps that writes replace after
 * they commit, read before the database is.
 */
class ClusterCacheTest {

  /** The cluster's JCache, as a map. */
  static final class InMemoryStore implements ClusterCache.Store {
    final Map<String, byte[]> entries = new HashMap<>();

    @Override
    public Map<String, byte[]> getAll(Set<String> keys) {
      Map<String, byte[]> found = new HashMap<>();
      keys.forEach(
          k -> {
            if (entries.containsKey(k)) {
              found.put(k, entries.get(k));
            }
          });
      return found;
    }

    @Override
    public void putAll(Map<String, byte[]> values) {
      entries.putAll(values);
    }

    @Override
    public byte[] putIfAbsent(String key, byte[] value) {
      return entries.computeIfAbsent(key, k -> value);
    }

    @Override
    public void put(String key, byte[] value) {
      entries.put(key, value);
    }
  }

  /** One transaction at a time, committed or rolled back by the test. */
  static final class OneTransaction implements ClusterCache.Transactions {
    boolean active;
    final Set<DataSet> written = EnumSet.noneOf(DataSet.class);
    final List<Runnable> afterCommit = new ArrayList<>();

    void begin() {
      active = true;
    }

    void commit() {
      active = false;
      written.clear();
      afterCommit.forEach(Runnable::run);
      afterCommit.clear();
    }

    void rollback() {
      active = false;
      written.clear();
      afterCommit.clear();
    }

    @Override
    public boolean active() {
      return active;
    }

    @Override
    public boolean wrote(DataSet set) {
      return written.contains(set);
    }

    @Override
    public boolean markWritten(DataSet set) {
      return written.add(set);
    }

    @Override
    public void afterCommit(Runnable action) {
      afterCommit.add(action);
    }
  }

  private final InMemoryStore store = new InMemoryStore();
  private final OneTransaction tx = new OneTransaction();
  private final ClusterCache cache = new ClusterCache(store, tx);

  /** The table: one committed value, and what an open transaction wrote. */
  private String committed = "v1";

  private final AtomicInteger loads = new AtomicInteger();

  private String read(Supplier<String> database) {
    return cache.get(
        "orgs",
        Set.of(DataSet.TREE),
        () -> {
          loads.incrementAndGet();
          return database.get();
        },
        ClusterCacheTest::write,
        ClusterCacheTest::read);
  }

  private String read() {
    return read(() -> committed);
  }

  private static void write(String value, DataOutputStream out) throws IOException {
    out.writeUTF(value);
  }

  private static String read(DataInputStream in) throws IOException {
    return in.readUTF();
  }

  /** A write of the tree committed outside the reader, as a JPA transaction does it. */
  private void commitWrite(String value) {
    tx.begin();
    cache.written(DataSet.TREE);
    committed = value;
    tx.commit();
  }

  @Test
  void aSecondReadComesFromTheCache() {
    assertThat(read()).isEqualTo("v1");
    assertThat(read()).isEqualTo("v1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void aWriteAfterAReadMakesTheNextReadRefetch() {
    assertThat(read()).isEqualTo("v1");
    commitWrite("v2");
    assertThat(read()).isEqualTo("v2");
    assertThat(loads).hasValue(2);
    assertThat(read()).isEqualTo("v2");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aWriteOfAnotherSetKeepsTheEntry() {
    read();
    tx.begin();
    cache.written(DataSet.FORMS);
    tx.commit();
    assertThat(read()).isEqualTo("v1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void theStampChangesOnlyOnceTheWriteHasCommitted() {
    read();
    String before = cache.version(Set.of(DataSet.TREE));
    tx.begin();
    cache.written(DataSet.TREE);
    cache.written(DataSet.TREE);
    assertThat(tx.afterCommit).as("one replacement per transaction").hasSize(1);
    assertThat(cache.version(Set.of(DataSet.TREE)))
        .as("the writer itself caches nothing of the set")
        .isNull();
    tx.active = false; // another thread's view: the writer has not committed yet
    assertThat(cache.version(Set.of(DataSet.TREE))).isEqualTo(before);
    tx.active = true;
    committed = "v2";
    tx.commit();
    assertThat(cache.version(Set.of(DataSet.TREE))).isNotEqualTo(before);
  }

  @Test
  void aWriteThatCommitsDuringAReadLeavesTheEntryStaleNeverWrong() {
    read();
    commitWrite("v2");
    // The reader took the stamp, then a writer committed (and replaced the stamp) before the reader
    // read the table: what it read is filed under the old stamp, so the next reader refetches.
    String during =
        read(
            () -> {
              String seen = committed;
              commitWrite("v3");
              return seen;
            });
    assertThat(during).isEqualTo("v2");
    assertThat(read()).isEqualTo("v3");
  }

  @Test
  void aReadDuringAnUncommittedWriteNeverFilesOldRowsUnderTheNewStamp() {
    read();
    // The writer has written but not committed: the stamp is still the old one, and a reader of
    // another transaction reads the committed rows under it.
    tx.begin();
    cache.written(DataSet.TREE);
    tx.active = false;
    assertThat(read()).isEqualTo("v1");
    tx.active = true;
    committed = "v2";
    tx.commit();
    assertThat(read()).as("the stamp replaced after the commit").isEqualTo("v2");
  }

  @Test
  void aTransactionThatWroteTheSetReadsTheDatabaseAndCachesNothing() {
    read();
    tx.begin();
    cache.written(DataSet.TREE);
    assertThat(read(() -> "uncommitted")).isEqualTo("uncommitted");
    assertThat(read(() -> "uncommitted")).isEqualTo("uncommitted");
    tx.rollback();
    assertThat(read()).as("nothing uncommitted was cached").isEqualTo("v1");
    assertThat(loads).hasValue(3);
  }

  @Test
  void aRolledBackWriteKeepsTheStamp() {
    read();
    tx.begin();
    cache.written(DataSet.TREE);
    tx.rollback();
    assertThat(read()).isEqualTo("v1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void aWriteOutsideATransactionReplacesTheStampAtOnce() {
    read();
    committed = "v2";
    cache.written(DataSet.TREE);
    assertThat(read()).isEqualTo("v2");
  }

  @Test
  void aLostStampIsReplacedByANewOne() {
    read();
    store.entries.remove(DataSet.TREE.stampKey());
    committed = "v2";
    assertThat(read()).isEqualTo("v2");
  }

  @Test
  void withoutACacheEveryReadGoesToTheDatabase() {
    ClusterCache none = new ClusterCache(null, tx);
    AtomicInteger n = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      none.get(
          "orgs",
          Set.of(DataSet.TREE),
          () -> "v" + n.incrementAndGet(),
          ClusterCacheTest::write,
          ClusterCacheTest::read);
    }
    none.written(DataSet.TREE);
    assertThat(n).hasValue(3);
  }

  @Test
  void aVersionOfSeveralSetsChangesWithEachOfThem() {
    String both = cache.version(Set.of(DataSet.FORMS, DataSet.TREE));
    tx.begin();
    cache.written(DataSet.TREE);
    tx.commit();
    String afterTree = cache.version(Set.of(DataSet.FORMS, DataSet.TREE));
    assertThat(afterTree).isNotEqualTo(both);
    cache.written(DataSet.FORMS);
    assertThat(cache.version(Set.of(DataSet.TREE, DataSet.FORMS))).isNotEqualTo(afterTree);
  }
}
