package dev.allot.identity;

import java.time.Duration;

public record AccessToken(String value, Duration expiresIn, UserView user) {}
