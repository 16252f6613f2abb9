package dev.allot.space.internal;

import dev.allot.platform.ProblemException;
import dev.allot.space.ResourcePhoto;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The picture formats a resource photo may have, recognised by their first bytes: a client's
 * file name and content type are whatever it says, the bytes are what browsers will decode.
 */
enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_TAG = {'W', 'E', 'B', 'P'};

    private final String contentType;

    PhotoFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The format of {@code bytes}, or a problem naming the field {@code photo}. */
    static PhotoFormat of(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.invalidField("photo", "choose a picture file");
        }
        if (bytes.length > ResourcePhoto.MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "photo-too-large", "Photo too large",
                    "The photo is larger than " + ResourcePhoto.MAX_BYTES / (1024 * 1024) + " MB")
                    .with("maxMegabytes", ResourcePhoto.MAX_BYTES / (1024 * 1024))
                    .with("errors", List.of(new ProblemException.FieldError("photo", "is larger than 5 MB")));
        }
        if (startsWith(bytes, 0, JPEG_START)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, PNG_START)) {
            return PNG;
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TAG)) {
            return WEBP;
        }
        throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "photo-not-an-image", "Not a photo",
                "The file is not a JPEG, PNG or WebP picture")
                .with("errors", List.of(new ProblemException.FieldError("photo", "is not a JPEG, PNG or WebP picture")));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
