package dev.allot.booking.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after signing in. */
@Controller
class DashboardPageController {

    @GetMapping("/")
    String dashboard() {
        return "booking/dashboard";
    }
}
