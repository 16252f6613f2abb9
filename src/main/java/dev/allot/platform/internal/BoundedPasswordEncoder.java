package dev.allot.platform.internal;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that computes at most as many hashes at once as the shared permits allow. A
 * password that the delegate cannot take (bcrypt refuses more than 72 bytes) does not match, rather
 * than failing the request: such a password was never set under that hash.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, Semaphore permits) {
        this.delegate = delegate;
        this.permits = permits;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } catch (IllegalArgumentException tooLongForThisHash) {
            return false;
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
