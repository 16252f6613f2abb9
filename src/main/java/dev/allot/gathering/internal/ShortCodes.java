package dev.allot.gathering.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * The codes of short links ({@code /e/{code}}): 8 characters from an alphabet without look-alikes (no
 * 0/O, 1/l/I), about 10^12 codes, random so that a code tells nothing of its neighbours.
 */
@Component
class ShortCodes {

    private static final char[] ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** An invitation link's token: 22 characters, about 128 bits. */
    String token() {
        char[] token = new char[22];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    static boolean looksLikeCode(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
