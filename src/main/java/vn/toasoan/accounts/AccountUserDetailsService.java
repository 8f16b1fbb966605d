package vn.toasoan.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts as Spring Security sees them: the e-mail address as the name, the role as {@code ROLE_…}. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;

    AccountUserDetailsService(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = Accounts.normalEmail(username);
        Account account = repository.byEmail(email).orElseThrow(() -> new UsernameNotFoundException(email));
        String hash = repository.passwordHash(email).orElseThrow(() -> new UsernameNotFoundException(email));
        return User.withUsername(account.email())
                .password(hash)
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .disabled(!account.isActive())
                .build();
    }
}
