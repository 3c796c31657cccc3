package vn.khoidn.portal.application.rollup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Large derived data (a period's figures) kept, as bytes, where every node of a cluster finds it.
 * Each value is stored with the version of the data it was derived from: a reader that finds
 * another version loads the value again and replaces the entry. Without a cluster nothing is kept
 * and every value is loaded.
 */
public interface DerivedCache {

  /**
   * Writes a value as bytes.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  interface Writer<T> {
    /**
     * Writes the value.
     *
     * @param value the value
     * @param out where to
     * @throws IOException never, for bytes in memory
     */
    void write(T value, DataOutputStream out) throws IOException;
  }

  /**
   * Reads back what a {@link Writer} wrote.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param in where from
     * @return the value
     * @throws IOException if the bytes are not what was written
     */
    T read(DataInputStream in) throws IOException;
  }

  /**
   * The value cached under a key for a version, or else the loaded one, which is then cached.
   *
   * @param key the key
   * @param version the version of the data the value is derived from, read before loading
   * @param load reads the value from the database
   * @param writer writes a value as bytes
   * @param reader reads it back
   * @param <T> the value's type
   * @return the value
   */
  default <T> T get(
      String key, String version, Supplier<T> load, Writer<T> writer, Reader<T> reader) {
    return getAll(Map.of(key, version), missing -> Map.of(key, load.get()), writer, reader)
        .get(key);
  }

  /**
   * Several values in one round trip; those missing or of another version are loaded together and
   * cached.
   *
   * @param versions each key with the version of the data its value is derived from, read before
   *     loading
   * @param load reads the values of the given keys from the database, one for each key
   * @param writer writes a value as bytes
   * @param reader reads it back
   * @param <T> the value's type
   * @return the value of each key
   */
  <T> Map<String, T> getAll(
      Map<String, String> versions,
      Function<Set<String>, Map<String, T>> load,
      Writer<T> writer,
      Reader<T> reader);

  /**
   * Writes an array of longs as one block.
   *
   * @param out where to
   * @param values the values
   * @throws IOException never, for bytes in memory
   */
  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
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
  static long[] readLongs(DataInputStream in) throws IOException {
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
  static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
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
  static byte[] readBytes(DataInputStream in) throws IOException {
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
  static void writeNullable(DataOutputStream out, String value) throws IOException {
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
  static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
