package vn.khoidn.portal.application.registry;

import java.util.Map;

/**
 * One row of a registry file (CSV, JSON or XLSX), as typed: the cells by column name ({@link
 * UnitFile#COLUMNS}). A column the file does not have is absent, not empty: an update keeps the
 * stored value of an absent column.
 *
 * @param line the row's line in the file (the header is line 1)
 * @param cells the cells by lower-case column name
 */
public record UnitFileRow(int line, Map<String, String> cells) {

  /** Copies the cells. */
  public UnitFileRow {
    cells = Map.copyOf(cells);
  }

  /**
   * A cell.
   *
   * @param column the column
   * @return its text, or null if the file has no such column
   */
  public String get(String column) {
    return cells.get(column);
  }
}
