package vn.toasoan.accounts;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request made with a personal API token: its account's e-mail as the name, its role and the token's scopes. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final ApiToken token;

    TokenAuthentication(ApiToken token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        setAuthenticated(true);
    }

    ApiToken token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return token.accountEmail();
    }

    @Override
    public String getName() {
        return token.accountEmail();
    }
}
