package se.lagesbild.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The built-in login (user name and password), throttled by {@link LoginThrottle}. Every attempt
 * takes the same path whether the user exists, is deactivated or is locked: the password is checked
 * (bcrypt; against a dummy hash when there is no such user), then the account's state, then the
 * lock; every refusal is the same "wrong user name or password" on the login view. So neither the
 * answer nor its time tells whether a name belongs to a user.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(DatabaseUsers users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        // the account's state after the password, not before: a deactivated user costs a bcrypt too
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        boolean locked = throttle.locked(authentication.getName(), LoginThrottle.address(authentication));
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throw locked ? locked() : e;
        }
        if (locked) {
            throw locked();
        }
        return authenticated;
    }

    /** What the audit log records for a locked name or address (the login view says the same as for any failure). */
    private static LockedException locked() {
        return new LockedException("Too many failed logins for this name or address");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
