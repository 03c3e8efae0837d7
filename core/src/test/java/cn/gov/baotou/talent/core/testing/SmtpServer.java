package cn.gov.baotou.talent.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tiny SMTP server for mail tests, enough of RFC 5321 for Jakarta Mail to deliver to: greeting, EHLO, MAIL, RCPT
 * (refusing the addresses asked for), DATA, RSET, QUIT, one connection at a time on a thread of its own; it keeps what
 * it accepted.
 */
public final class SmtpServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0);
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final List<String> recipients = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread = new Thread(this::serve, "test-smtp");

    public SmtpServer() throws IOException {
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void refuse(String address) {
        refused.add("<" + address + ">");
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    public List<String> recipients() {
        return List.copyOf(recipients);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket c = socket.accept()) {
                converse(c);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void converse(Socket c) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = c.getOutputStream();
        say(out, "220 test ESMTP");
        List<String> accepted = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.length() < 4
                    ? line.toUpperCase()
                    : line.substring(0, 4).toUpperCase();
            switch (verb) {
                case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> say(out, "250 OK");
                case "RCPT" -> {
                    String to = line.substring(line.indexOf(':') + 1).strip();
                    if (refused.contains(to)) {
                        say(out, "550 no such user");
                    } else {
                        accepted.add(to);
                        say(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    say(out, "354 end with .");
                    StringBuilder data = new StringBuilder();
                    for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                        data.append(l.startsWith("..") ? l.substring(1) : l).append("\r\n");
                    }
                    messages.add(data.toString());
                    recipients.addAll(accepted);
                    accepted.clear();
                    say(out, "250 queued");
                }
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "502 not implemented");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
