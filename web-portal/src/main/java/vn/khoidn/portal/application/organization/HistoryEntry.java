package vn.khoidn.portal.application.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of an organization's history, as stored: the page words it.
 *
 * @param on the day it took effect, or null for an establishment without a known date
 * @param change what happened
 * @param name the organization's name that step gave it (its first name, a new name), or null
 * @param previousName the name before a rename, or null
 * @param others the other organizations named, as "name (code)": the parent, the successors or the
 *     predecessor
 */
public record HistoryEntry(
    LocalDate on, Change change, String name, String previousName, List<String> others)
    implements Serializable {

  /** Copies the others. */
  public HistoryEntry {
    others = List.copyOf(others);
  }

  /** What happened to the organization. */
  public enum Change {
    /** Established (under its first parent, if any). */
    ESTABLISHED,
    /** Moved under another parent. */
    MOVED,
    /** Renamed from a day on. */
    RENAMED,
    /** Dissolved without a successor. */
    DISSOLVED,
    /** Dissolved and merged into one successor. */
    MERGED_INTO,
    /** Dissolved and split into several successors. */
    SPLIT_INTO,
    /** Took over a dissolved organization. */
    TOOK_OVER
  }
}
