package vn.toasoan.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.OperatorText;

/**
 * On the first start with no account at all: the administrator from {@code TOASOAN_ADMIN_EMAIL} and
 * {@code TOASOAN_ADMIN_PASSWORD}, or with a random password printed once here. There is no default password.
 */
@Component
@ConditionalOnProperty(name = "toasoan.command", matchIfMissing = true, havingValue = "__none__")
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final FirstAdminProperties properties;

    FirstAdmin(Accounts accounts, FirstAdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createFirstAdmin(properties.emailOrDefault(), properties.password())
                .ifPresent(created -> {
                    if (created.temporaryPassword() == null) {
                        log.info(
                                "Created the first administrator {} with the password from TOASOAN_ADMIN_PASSWORD",
                                created.account().email());
                    } else {
                        log.warn(
                                "\n\n  {}\n  {}\n  {}\n",
                                OperatorText.get(
                                        "accounts.firstAdmin.account",
                                        created.account().email()),
                                OperatorText.get("accounts.firstAdmin.password", created.temporaryPassword()),
                                OperatorText.get("accounts.command.changeItNow"));
                    }
                });
    }
}
