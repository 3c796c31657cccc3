package vn.khoidn.portal.infrastructure.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Counts the SQL statements the current thread executes, JPA's and plain JDBC's alike, so that a
 * test can prove a use case costs a bounded number of statements whatever the size of the data. Off
 * unless the system property {@value #PROPERTY} is {@code true} (the integration tests set it):
 * then every physical connection of {@link ConfiguredDataSource} is wrapped, and each execution
 * ({@code execute*}, one per batch) on its statements is counted for the thread that runs it.
 */
public final class StatementCount {

  /** The system property that turns counting on. */
  public static final String PROPERTY = "portal.statements.counted";

  private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
  private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

  private StatementCount() {}

  /**
   * Whether counting is on in this JVM.
   *
   * @return true if connections are wrapped
   */
  public static boolean enabled() {
    return ENABLED;
  }

  /** Starts counting on this thread, from zero. */
  public static void start() {
    COUNT.set(new long[1]);
  }

  /**
   * Stops counting on this thread.
   *
   * @return the statements executed since {@link #start()}
   * @throws IllegalStateException if counting is off or was not started
   */
  public static long stop() {
    long[] c = COUNT.get();
    COUNT.remove();
    if (!ENABLED || c == null) {
      throw new IllegalStateException("Statement counting is off; set -D" + PROPERTY + "=true");
    }
    return c[0];
  }

  static Connection wrap(Connection connection) {
    if (!ENABLED) {
      return connection;
    }
    return (Connection)
        Proxy.newProxyInstance(
            StatementCount.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new Forward(connection, true));
  }

  private static final class Forward implements InvocationHandler {
    private final Object target;
    private final boolean connection;

    Forward(Object target, boolean connection) {
      this.target = target;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(target)) {
        return target;
      }
      if (name.equals("isWrapperFor")
          && args[0] instanceof Class<?> type
          && type.isInstance(target)) {
        return true;
      }
      if (!connection && name.startsWith("execute")) {
        long[] c = COUNT.get();
        if (c != null) {
          c[0]++;
        }
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (connection && result instanceof Statement s) {
        Class<?> type =
            result instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : result instanceof java.sql.PreparedStatement
                    ? java.sql.PreparedStatement.class
                    : Statement.class;
        return Proxy.newProxyInstance(
            StatementCount.class.getClassLoader(), new Class<?>[] {type}, new Forward(s, false));
      }
      return result;
    }
  }
}
