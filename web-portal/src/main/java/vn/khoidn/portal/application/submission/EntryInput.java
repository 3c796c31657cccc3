package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import vn.khoidn.domain.registry.Sector;

/**
 * One indicator's figures as typed on a form: the total, the parts by sector, and an explanation.
 */
public class EntryInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal total;
  private BigDecimal partState;
  private BigDecimal partNonState;
  private BigDecimal partCredit;
  private BigDecimal partOther;
  private String explanation;

  /** The parts that were filled in, by sector. */
  public Map<Sector, BigDecimal> parts() {
    Map<Sector, BigDecimal> parts = new EnumMap<>(Sector.class);
    put(parts, Sector.STATE, partState);
    put(parts, Sector.NON_STATE, partNonState);
    put(parts, Sector.CREDIT, partCredit);
    put(parts, Sector.OTHER, partOther);
    return parts;
  }

  /**
   * Sets one part.
   *
   * @param sector the sector
   * @param value the value, or null to clear it
   */
  public void setPart(Sector sector, BigDecimal value) {
    switch (sector) {
      case STATE -> partState = value;
      case NON_STATE -> partNonState = value;
      case CREDIT -> partCredit = value;
      case OTHER -> partOther = value;
    }
  }

  /** Whether anything was typed. */
  public boolean isEmpty() {
    return total == null && parts().isEmpty();
  }

  private static void put(Map<Sector, BigDecimal> parts, Sector sector, BigDecimal value) {
    if (value != null) {
      parts.put(sector, value);
    }
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public BigDecimal getPartState() {
    return partState;
  }

  public void setPartState(BigDecimal partState) {
    this.partState = partState;
  }

  public BigDecimal getPartNonState() {
    return partNonState;
  }

  public void setPartNonState(BigDecimal partNonState) {
    this.partNonState = partNonState;
  }

  public BigDecimal getPartCredit() {
    return partCredit;
  }

  public void setPartCredit(BigDecimal partCredit) {
    this.partCredit = partCredit;
  }

  public BigDecimal getPartOther() {
    return partOther;
  }

  public void setPartOther(BigDecimal partOther) {
    this.partOther = partOther;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
  }

  /**
   * Whether another entry holds the same figures and explanation (1 and 1.0 are the same).
   *
   * @param other the other entry, or null for an empty one
   * @return true if nothing differs
   */
  public boolean sameAs(EntryInput other) {
    EntryInput o = other == null ? new EntryInput() : other;
    return same(total, o.total)
        && same(partState, o.partState)
        && same(partNonState, o.partNonState)
        && same(partCredit, o.partCredit)
        && same(partOther, o.partOther)
        && java.util.Objects.equals(explanation, o.explanation);
  }

  /** A copy that later changes to this entry do not reach. */
  public EntryInput copy() {
    EntryInput c = new EntryInput();
    c.total = total;
    c.partState = partState;
    c.partNonState = partNonState;
    c.partCredit = partCredit;
    c.partOther = partOther;
    c.explanation = explanation;
    return c;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
