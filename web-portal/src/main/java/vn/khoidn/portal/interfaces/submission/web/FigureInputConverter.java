package vn.khoidn.portal.interfaces.submission.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A figure typed on the form, read exactly as typed or refused with a message: a count of people or
 * classes is a whole number from 0 to 9.999.999. Nothing is changed silently: "-3" is not read as
 * 3, "2,5" not as 25, a long number is not cut. Thousands may be grouped with dots ("1.250").
 */
@FacesConverter("portal.figure")
public class FigureInputConverter implements Converter<BigDecimal> {

  /** The largest figure a form takes. */
  static final long MAX = 9_999_999L;

  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String typed = value.strip();
    String label = label(component);
    String digits;
    if (PLAIN.matcher(typed).matches()) {
      digits = typed;
    } else if (GROUPED.matcher(typed).matches()) {
      digits = typed.replace(".", "");
    } else if (typed.startsWith("-") || typed.startsWith("−")) {
      throw refused(label + ": số liệu không được âm (" + typed + ").");
    } else if (typed.matches("[\\d.]*[,.]\\d+") || typed.matches("\\d+[,.]")) {
      throw refused(
          label
              + ": nhập số nguyên, không có phần thập phân ("
              + typed
              + "); hàng nghìn ghi 1.250.");
    } else {
      throw refused(label + ": \"" + typed + "\" không phải là số.");
    }
    if (digits.length() > 7 || Long.parseLong(digits) > MAX) {
      throw refused(label + ": số quá lớn (" + typed + "), tối đa 9.999.999.");
    }
    return new BigDecimal(Long.parseLong(digits));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String label(UIComponent component) {
    Object title = component == null ? null : component.getAttributes().get("title");
    return title == null || title.toString().isBlank() ? "Số liệu" : title.toString();
  }

  private static ConverterException refused(String message) {
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
