package vn.toasoan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/** Newsroom accounts: what administrators do with them, and what each account does with its own password. */
@Service
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;

    Accounts(
            AccountRepository repository,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.throttle = throttle;
        this.transactions = transactions;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** A newly opened account and, when the administrator left the password blank, the temporary one. */
    public record Created(Account account, String temporaryPassword) {}

    public Optional<Account> byEmail(String email) {
        return email == null ? Optional.empty() : repository.byEmail(normalEmail(email));
    }

    public Optional<Account> byId(long id) {
        return repository.byId(id);
    }

    public List<Account> all() {
        return repository.all();
    }

    /** The account behind the current request. */
    public Account current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccountException(HttpStatus.FORBIDDEN, "accounts.error.notSignedIn");
        }
        return current(authentication);
    }

    public Account current(Authentication authentication) {
        if (authentication instanceof TokenAuthentication token) {
            return token.account(); // read with the token this request, and active then
        }
        return byEmail(authentication.getName())
                .filter(Account::isActive)
                .orElseThrow(() -> new AccountException(HttpStatus.FORBIDDEN, "accounts.error.inactive"));
    }

    @Transactional
    public Created create(String actor, NewAccount request) {
        String email = normalEmail(request.email());
        if (!EMAIL.matcher(email).matches()) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.badEmail");
        }
        String name = VietnameseText.nfc(
                request.displayName() == null ? "" : request.displayName().strip());
        if (name.isEmpty()) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.nameRequired");
        }
        if (request.role() == null) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.roleRequired");
        }
        boolean generated = request.password() == null || request.password().isBlank();
        String password = generated ? Passwords.generate() : request.password();
        Passwords.check(password, email);
        long id;
        try {
            id = repository.insert(
                    email,
                    name,
                    encoder.encode(password),
                    request.role(),
                    generated ? PasswordState.TEMPORARY : PasswordState.CHOSEN,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new AccountException(HttpStatus.CONFLICT, "accounts.error.emailTaken", email);
        }
        events.publishEvent(new AuditEvent(
                actor, "account.create", "account", email, "vai trò " + request.role() + ", tên \"" + name + "\""));
        return new Created(repository.byId(id).orElseThrow(), generated ? password : null);
    }

    /** Changes the name, the role or the status; the last active administrator cannot lose either. */
    @Transactional
    public Account update(String actor, long id, String displayName, Role role, AccountStatus status) {
        Account before = repository
                .byId(id)
                .orElseThrow(() -> new AccountException(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
        String name = VietnameseText.nfc(displayName == null ? "" : displayName.strip());
        if (name.isEmpty()) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.nameRequired");
        }
        boolean stopsBeingAdmin = before.role() == Role.ADMIN
                && before.isActive()
                && (role != Role.ADMIN || status != AccountStatus.ACTIVE);
        if (stopsBeingAdmin && repository.countActiveAdmins() <= 1) {
            throw new AccountException(HttpStatus.CONFLICT, "accounts.error.lastAdmin");
        }
        if (before.email().equals(actor) && status == AccountStatus.DISABLED) {
            throw new AccountException(HttpStatus.FORBIDDEN, "accounts.error.selfDisable");
        }
        repository.update(id, name, role, status);
        Account after = repository.byId(id).orElseThrow();
        if (before.role() != after.role()) {
            events.publishEvent(new AuditEvent(
                    actor, "account.role", "account", after.email(), before.role() + " → " + after.role()));
        }
        if (before.status() != after.status()) {
            events.publishEvent(new AuditEvent(
                    actor,
                    after.isActive() ? "account.enable" : "account.disable",
                    "account",
                    after.email(),
                    before.status() + " → " + after.status()));
        }
        if (!before.displayName().equals(after.displayName())) {
            events.publishEvent(new AuditEvent(
                    actor,
                    "account.rename",
                    "account",
                    after.email(),
                    "\"" + before.displayName() + "\" → \"" + after.displayName() + "\""));
        }
        return after;
    }

    /** @return the temporary password, to hand to the account's owner; it must be changed at the next login */
    @Transactional
    public String resetPassword(String actor, long id) {
        Account account = repository
                .byId(id)
                .orElseThrow(() -> new AccountException(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
        String password = Passwords.generate();
        repository.setPassword(id, encoder.encode(password), PasswordState.TEMPORARY);
        events.publishEvent(new AuditEvent(actor, "account.password_reset", "account", account.email(), ""));
        return password;
    }

    /**
     * Wrong current passwords count as failed logins from an unknown client: a borrowed session cannot be used to
     * guess the password, and guessing there has strangers' logins refused as guessing at the login form does.
     */
    public void changeOwnPassword(String email, String currentPassword, String newPassword) {
        Account account =
                byEmail(email).orElseThrow(() -> new AccountException(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.admit(account.email(), null, null);
        } catch (LoginThrottledException wait) {
            throw new AccountException(HttpStatus.TOO_MANY_REQUESTS, "accounts.error.throttled", wait.minutes());
        }
        String current = repository.passwordHash(account.email()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, current)) {
            throttle.failed(attempt);
            throw new AccountException(HttpStatus.FORBIDDEN, "accounts.error.wrongPassword");
        }
        throttle.succeeded(attempt);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.samePassword");
        }
        Passwords.check(newPassword, account.email());
        String hash = encoder.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            repository.setPassword(account.id(), hash, PasswordState.CHOSEN);
            events.publishEvent(
                    new AuditEvent(account.email(), "account.password_change", "account", account.email(), ""));
        });
    }

    /**
     * Keeps the current session open after its owner changed the password (under a new session id), while every other
     * session of the account ends at its next request.
     */
    public void keepSession(HttpServletRequest request) {
        AccountSessionFilter.open(request, current());
    }

    /** For the first start only: the administrator from the environment, or with a generated password. */
    @Transactional
    Optional<Created> createFirstAdmin(String email, String password) {
        if (repository.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(create("system", new NewAccount(email, "Quản trị viên", Role.ADMIN, password)));
    }

    /** Accounts refusing unknown clients after failed logins, for administrators. */
    public List<ThrottledLogin> throttledAccounts() {
        return throttle.throttledAccounts().stream()
                .map(t -> new ThrottledLogin(t.email(), t.failures(), t.addresses(), t.until()))
                .toList();
    }

    /** Addresses whose unknown clients are refused after failed logins. */
    public List<ThrottledLogin> throttledAddresses() {
        return throttle.throttledAddresses().stream()
                .map(t -> new ThrottledLogin(t.email(), t.failures(), t.addresses(), t.until()))
                .toList();
    }

    /** An administrator lets unknown clients try this account again at once. */
    @Transactional
    public void liftThrottle(String actor, String email) {
        String account = normalEmail(email);
        throttle.lift(account);
        events.publishEvent(new AuditEvent(actor, "login.throttle_lift", "account", account, ""));
    }

    /** An administrator lets unknown clients at this address try again at once. */
    @Transactional
    public void liftAddressThrottle(String actor, String address) {
        String clean = address == null ? "" : address.strip();
        throttle.liftAddress(clean);
        events.publishEvent(new AuditEvent(actor, "login.throttle_lift", "address", clean, ""));
    }

    void loggedIn(String email) {
        repository.loggedIn(email, clock.instant());
    }

    static String normalEmail(String email) {
        return VietnameseText.nfc(email == null ? "" : email.strip()).toLowerCase(Locale.ROOT);
    }
}
