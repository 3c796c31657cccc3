package vn.khoidn.reporting.review;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sections staff write: each is plain text, one paragraph per line.
 *
 * @param sections the text of each section
 */
public record Narratives(Map<Section, String> sections) implements Serializable {

  /** The narrative sections of a review report, in the order they appear. */
  public enum Section {
    /** 1.1: dissemination and implementation. */
    DISSEMINATION,
    /** After the figures of 1.3: youth-union work. */
    YOUTH,
    /** After the figures of 1.4: trade-union work. */
    TRADE,
    /** 2.1: strengths. */
    STRENGTHS,
    /** 2.2: limitations. */
    LIMITATIONS,
    /** 2.3: their causes. */
    CAUSES,
    /** 3: tasks and solutions. */
    TASKS
  }

  /** Copies the map. */
  public Narratives {
    EnumMap<Section, String> copy = new EnumMap<>(Section.class);
    sections.forEach((k, v) -> copy.put(k, v == null ? "" : v));
    sections = copy;
  }

  /** No narrative yet. */
  public static Narratives none() {
    return new Narratives(Map.of());
  }

  /**
   * The paragraphs of a section: its non-blank lines, trimmed.
   *
   * @param section the section
   * @return its paragraphs, empty if staff wrote nothing
   */
  public List<String> paragraphs(Section section) {
    String text = sections.getOrDefault(section, "");
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
