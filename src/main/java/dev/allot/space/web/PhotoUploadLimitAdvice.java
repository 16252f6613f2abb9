package dev.allot.space.web;

import dev.allot.space.ResourcePhoto;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A photo over the upload limit is refused by the servlet container before any controller runs,
 * so this advice applies to every controller (it has no selectors); it answers only the admin's
 * photo form, back on the resource page with the reason, and leaves any other upload to Spring's
 * default 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PhotoUploadLimitAdvice {

    private static final Pattern PHOTO_FORM = Pattern.compile("/admin/resources/(\\d+)/photo");

    private final AdminFormErrors errors;

    PhotoUploadLimitAdvice(AdminFormErrors errors) {
        this.errors = errors;
    }

    /** RedirectView saves the flash map, as for a redirect from a controller. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale)
            throws MaxUploadSizeExceededException {
        Matcher photoForm = PHOTO_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!photoForm.matches()) {
            throw e;
        }
        RequestContextUtils.getOutputFlashMap(request).put("photoError",
                errors.text("admin.photo.too-large", locale, ResourcePhoto.MAX_BYTES / (1024 * 1024)));
        return "redirect:/admin/resources/" + photoForm.group(1) + "#photo";
    }
}
