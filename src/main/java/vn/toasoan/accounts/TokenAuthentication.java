package vn.toasoan.accounts;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request made with a personal API token: its account's e-mail as the name, its role and the token's scopes. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final ApiToken token;
    private final Account account;

    TokenAuthentication(ApiToken token, Account account, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.account = account;
        setAuthenticated(true);
    }

    ApiToken token() {
        return token;
    }

    /** The account as it was when the token was checked, at the start of this request. */
    Account account() {
        return account;
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
