package vn.toasoan.notifications;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notification e-mail, when an SMTP server is configured: after the change that caused it has committed (never
 * for a change rolled back, never holding its transaction open), one letter at a time on a thread of its own. A failing
 * server does not fail the action that caused the letter; the first failure is logged, and the next ones are not
 * until a letter goes through again.
 */
@Component
class NotificationMail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    /** One e-mail to one account, already worded. */
    record Letter(String to, String subject, String body) {}

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMail(
            ObjectProvider<JavaMailSender> senders,
            NotificationProperties properties,
            @Value("${spring.mail.username:}") String smtpUser) {
        this.senders = senders;
        this.from = !properties.mailFrom().isBlank()
                ? properties.mailFrom().strip()
                : smtpUser.contains("@") ? smtpUser.strip() : "toasoan@localhost";
    }

    /** Whether e-mail goes out at all: an SMTP server is configured. */
    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    /** After the current transaction commits, or at once outside one. */
    void send(List<Letter> letters) {
        JavaMailSender sender = senders.getIfAvailable();
        if (letters.isEmpty() || sender == null) {
            return;
        }
        Runnable post = () -> {
            try {
                executor.execute(() -> letters.forEach(letter -> deliver(sender, letter)));
            } catch (RejectedExecutionException stopping) {
                log.debug("Not sending {} notification e-mail(s): shutting down", letters.size());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    post.run();
                }
            });
        } else {
            post.run();
        }
    }

    private void deliver(JavaMailSender sender, Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(letter.to());
            helper.setSubject(letter.subject());
            helper.setText(letter.body());
            sender.send(message);
            if (failing.getAndSet(false)) {
                log.info("Notification e-mail goes through again");
            }
        } catch (Exception e) {
            if (failing.compareAndSet(false, true)) {
                log.warn(
                        "Could not send a notification e-mail ({}); the notification stays in the newsroom. Further"
                                + " failures are not logged until one goes through.",
                        e.toString());
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
