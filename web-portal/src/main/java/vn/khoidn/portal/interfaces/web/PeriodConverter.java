package vn.khoidn.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.period.CalendarPeriod;

/**
 * A period field in words: it shows the period code as "Quý IV/2026" and reads back what a person
 * writes ("Năm 2026", "6 tháng đầu năm 2026", "quý 4/2026", "Tháng 3/2026", or the code itself)
 * through domain-core's one formatter and its reverse. The bean keeps the code. In the English
 * portal the field shows the code.
 */
@FacesConverter("portal.period")
public class PeriodConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return VietnameseFormat.parsePeriod(value).code();
    } catch (IllegalArgumentException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    Locale locale = context == null ? null : context.getViewRoot().getLocale();
    if (locale != null && "en".equals(locale.getLanguage())) {
      return code;
    }
    try {
      return VietnameseFormat.periodLabel(CalendarPeriod.parse(code));
    } catch (IllegalArgumentException notACode) {
      return code;
    }
  }
}
