package dev.allot.platform.internal;

import dev.allot.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
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
