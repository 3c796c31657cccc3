package vn.khoidn.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Adds messages to the page: from the page bundle ({@code msg}) or as given (the services speak
 * Vietnamese).
 */
public final class Messages {

  private static final Logger LOG = Logger.getLogger(Messages.class.getName());

  private Messages() {}

  /**
   * Shows why an action was refused: a typed refusal's own message (see {@link Refusals}), or for
   * anything else ({@code IllegalArgumentException} from a parser, a programming error) a generic
   * sentence in the page's language with a reference, the raw text only in the log.
   *
   * @param context the current request
   * @param e what was thrown
   */
  public static void refusal(FacesContext context, RuntimeException e) {
    if (Refusals.isTyped(e)) {
      add(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
      return;
    }
    String where = context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
    error(context, "error.invalidInput", Refusals.logged(LOG, e, where));
  }

  /**
   * Shows an error from the bundle at the top of the page.
   *
   * @param context the current request
   * @param key the bundle key of the message
   * @param args values for the message's placeholders
   */
  public static void error(FacesContext context, String key, Object... args) {
    add(context, FacesMessage.SEVERITY_ERROR, text(context, key, args));
  }

  /**
   * Shows a confirmation from the bundle at the top of the page.
   *
   * @param context the current request
   * @param key the bundle key of the message
   * @param args values for the message's placeholders
   */
  public static void info(FacesContext context, String key, Object... args) {
    add(context, FacesMessage.SEVERITY_INFO, text(context, key, args));
  }

  /**
   * Shows a message as given.
   *
   * @param context the current request
   * @param severity its severity
   * @param text the text
   */
  public static void add(FacesContext context, FacesMessage.Severity severity, String text) {
    context.addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * A text from the bundle in the view's language.
   *
   * @param context the current request
   * @param key the key
   * @param args values for its placeholders
   * @return the text
   */
  public static String text(FacesContext context, String key, Object... args) {
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String pattern = bundle.getString(key);
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
  }
}
