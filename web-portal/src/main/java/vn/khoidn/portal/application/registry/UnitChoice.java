package vn.khoidn.portal.application.registry;

import java.io.Serializable;

/**
 * A host unit as a list to choose from shows it.
 *
 * @param code its code
 * @param name its name
 * @param taxCode its tax code, or empty
 */
public record UnitChoice(String code, String name, String taxCode) implements Serializable {

  /** The label of the choice: the name, the code and the tax code if there is one. */
  public String label() {
    return name + " (" + code + (taxCode.isEmpty() ? "" : ", MST " + taxCode) + ")";
  }
}
