package vn.khoidn.portal.testsupport;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that gives every call on one thread the same connection inside {@link
 * #inTransaction}, as the container's JTA data source does inside a transaction: code written for
 * the container (each method opens and closes "its" connection) then runs in one transaction per
 * call.
 */
public final class ThreadBoundTransactions implements DataSource {

  private final DataSource target;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  /**
   * Transactions over a data source.
   *
   * @param target the real data source
   */
  public ThreadBoundTransactions(DataSource target) {
    this.target = target;
  }

  /**
   * Runs work in one transaction: committed if it returns, rolled back if it throws.
   *
   * @param work the work
   * @param <T> its result
   * @return the result
   * @throws Exception what the work threw
   */
  public <T> T inTransaction(Callable<T> work) throws Exception {
    try (Connection c = target.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      bound.set(c);
      try {
        T result = work.call();
        c.commit();
        return result;
      } catch (Exception | Error e) {
        c.rollback();
        throw e;
      } finally {
        bound.remove();
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = bound.get();
    if (c == null) {
      return target.getConnection();
    }
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger(ThreadBoundTransactions.class.getName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
