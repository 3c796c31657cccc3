package vn.khoidn.reporting.model;

import java.io.Serializable;
import java.util.Objects;

/** A part of a document's body. */
public sealed interface Block extends Serializable permits Block.Heading, Block.Paragraph {

  /** The block's text. */
  String text();

  /** Whether the block is a heading, for pages that draw the model. */
  default boolean isHeading() {
    return this instanceof Heading;
  }

  /**
   * A numbered heading such as "1. Kết quả thực hiện" (level 1) or "1.2. Công tác phát triển đảng
   * viên" (level 2).
   *
   * @param level 1 or 2
   * @param text the heading with its number
   */
  record Heading(int level, String text) implements Block {
    /** Checks the level and the text. */
    public Heading {
      Objects.requireNonNull(text, "text");
      if (level < 1 || level > 2) {
        throw new IllegalArgumentException("A heading is of level 1 or 2, was " + level);
      }
    }
  }

  /**
   * A justified paragraph with a first-line indent.
   *
   * @param text the text
   */
  record Paragraph(String text) implements Block {
    /** Checks the text. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }
}
