package org.projectledger.command.communications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.projectledger.api.communications.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP with Spring's mail support: configured by {@code spring.mail.*}. The message
 * carries its notification id in {@code X-Ledger-Notification}, so that a mail system can drop the
 * rare second copy after a crash between sending and recording.
 */
@Component
class EmailTransport implements Transport {

  private final ObjectProvider<JavaMailSender> mail;
  private final CommunicationsProperties properties;

  EmailTransport(ObjectProvider<JavaMailSender> mail, CommunicationsProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public Result send(UUID notificationId, String address, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return new Result(false, "not sent: no SMTP server is configured (spring.mail.host)");
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(properties.mailFrom());
      helper.setTo(address);
      helper.setSubject(subject);
      helper.setText(body, false);
      message.setHeader("X-Ledger-Notification", notificationId.toString());
      sender.send(message);
      return new Result(true, "accepted by the SMTP server");
    } catch (MailException | MessagingException e) {
      return new Result(false, "SMTP: " + describe(e));
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
