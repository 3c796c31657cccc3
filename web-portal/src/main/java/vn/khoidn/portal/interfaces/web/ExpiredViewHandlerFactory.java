package vn.khoidn.portal.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;

/**
 * An expired view (a page left open past the session, or a node that restarted) sends the user back
 * to the page they were on, freshly loaded, with a message that what they did was not carried out;
 * for an Ajax request too. Nothing is changed by the request that found the view expired.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

  /** The query parameter that makes the page say it had expired. */
  public static final String EXPIRED_PARAMETER = "expired";

  /**
   * Wraps the handler before this one.
   *
   * @param wrapped the handler before this one
   */
  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        ViewExpiredException expired = expired(error);
        if (expired != null) {
          events.remove();
          FacesContext context = FacesContext.getCurrentInstance();
          redirect(context, expired.getViewId());
          context.responseComplete();
          break;
        }
      }
      getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable error) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException e) {
          return e;
        }
      }
      return null;
    }

    /** Back to the page of the expired view, with the query it was opened with when known. */
    private static void redirect(FacesContext context, String viewId) {
      ExternalContext external = context.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String contextPath = request.getContextPath();
      String target = contextPath + (viewId == null ? "/app/home.xhtml" : viewId);
      String referer = request.getHeader("Referer");
      if (referer != null) {
        try {
          URI uri = URI.create(referer);
          String path = uri.getRawPath();
          // Only a page of this portal, and the same page as the expired view.
          if (path != null
              && viewId != null
              && path.equals(contextPath + viewId)
              && uri.getRawQuery() != null) {
            target = path + "?" + withoutExpired(uri.getRawQuery());
          }
        } catch (IllegalArgumentException ignored) {
          // A malformed Referer: the page without its query.
        }
      }
      target +=
          (target.contains("?") ? (target.endsWith("?") ? "" : "&") : "?")
              + EXPIRED_PARAMETER
              + "=true";
      try {
        external.redirect(target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String withoutExpired(String query) {
      StringBuilder kept = new StringBuilder();
      for (String part : query.split("&")) {
        if (!part.isEmpty() && !part.startsWith(EXPIRED_PARAMETER + "=")) {
          kept.append(kept.length() == 0 ? "" : "&").append(part);
        }
      }
      return kept.toString();
    }
  }
}
