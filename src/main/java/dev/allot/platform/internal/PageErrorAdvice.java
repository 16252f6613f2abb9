package dev.allot.platform.internal;

import dev.allot.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures in page controllers become the friendly error page with the right status; forms handle
 * their own validation and rule errors next to the fields, so what lands here is a wrong address,
 * a missing permission or something gone away.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final ProblemDetailsAdvice api;

    PageErrorAdvice(ProblemDetailsAdvice api) {
        this.api = api;
    }

    /**
     * Requests that reach no controller (a wrong address, a wrong method on a static path): a
     * problem detail under /api, the error page elsewhere.
     */
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class})
    Object noHandler(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return api.handleException(e, new ServletWebRequest(request, response));
        }
        HttpStatus status = e instanceof NoResourceFoundException ? HttpStatus.NOT_FOUND
                : e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return page(status, null, response);
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletResponse response) {
        return page(e.status(), e.getMessage(), response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, null, response);
    }

    private static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
