package dev.allot.space.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers a photo (or a floor plan) over the upload limit with its page and a friendly message. It has to
 * run before Spring Security: the CSRF check reads the form's token from the body, and Tomcat
 * refuses to read a body over the limit at all, so without this the admin would see the
 * container's bare 413 page. Parsing here, once, also leaves the parts ready for the controller.
 * Nothing is changed for anyone: the answer is only a redirect to a page that checks access.
 */
class PhotoUploadLimitFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "photoTooLarge";
    static final String PLAN_TOO_LARGE = "planTooLarge";
    private static final Pattern PHOTO_FORM = Pattern.compile("/admin/resources/(\\d+)/photo");
    private static final Pattern PLAN_FORM = Pattern.compile("/admin/floors/(\\d+)/plan");

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !multipart.isMultipart(request)
                || !(PHOTO_FORM.matcher(path(request)).matches() || PLAN_FORM.matcher(path(request)).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            Matcher photoForm = PHOTO_FORM.matcher(path(request));
            boolean photo = photoForm.matches();
            Matcher planForm = PLAN_FORM.matcher(path(request));
            planForm.matches();
            String page = request.getContextPath() + (photo ? "/admin/resources/" + photoForm.group(1)
                    : "/admin/floors/" + planForm.group(1) + "/plan");
            FlashMap flash = new FlashMap();
            flash.put(photo ? TOO_LARGE : PLAN_TOO_LARGE, true);
            flash.setTargetRequestPath(page);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(page + (photo ? "#photo" : "#upload"));
            return;
        } catch (MultipartException malformed) {
            // not about size: the controller's own handling reports it
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** After the request's character encoding is set, just before Spring Security's filters (-100). */
        @Bean
        FilterRegistrationBean<PhotoUploadLimitFilter> photoUploadLimitFilter() {
            FilterRegistrationBean<PhotoUploadLimitFilter> registration =
                    new FilterRegistrationBean<>(new PhotoUploadLimitFilter());
            registration.addUrlPatterns("/admin/resources/*", "/admin/floors/*");
            registration.setOrder(-101);
            return registration;
        }
    }
}
