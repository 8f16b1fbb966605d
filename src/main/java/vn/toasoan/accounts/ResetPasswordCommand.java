package vn.toasoan.accounts;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.OperatorText;

/**
 * {@code java -jar toasoan.jar reset-password EMAIL}: for the IT person when the only administrator has lost the
 * password. Prints a temporary password that must be changed at the next login, lifts the login throttle on the
 * account, and ends its sessions.
 */
@Component
@ConditionalOnProperty(name = "toasoan.command", havingValue = "reset-password")
class ResetPasswordCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    ResetPasswordCommand(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> emails = args.getNonOptionArgs().stream()
                .filter(a -> !a.equals("reset-password"))
                .toList();
        if (emails.size() != 1) {
            err.println(OperatorText.get("accounts.command.usage"));
            exitCode = 2;
            return;
        }
        var account = accounts.byEmail(emails.get(0));
        if (account.isEmpty()) {
            err.println(OperatorText.get(
                    "command.error",
                    OperatorText.get("accounts.command.noSuchAccount", Accounts.normalEmail(emails.get(0)))));
            exitCode = 1;
            return;
        }
        String password = accounts.resetPassword("reset-password", account.get().id());
        throttle.lift(account.get().email());
        out.println(OperatorText.get(
                "accounts.command.temporaryPassword", account.get().email(), password));
        out.println(OperatorText.get("accounts.command.changeItNow"));
        if (!account.get().isActive()) {
            out.println(OperatorText.get("accounts.command.disabled"));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
