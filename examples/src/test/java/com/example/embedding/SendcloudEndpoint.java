package com.example.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.sendcloud.SendcloudApi;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sendcloud's {@code PATCH /returns/{id}/cancel} served with the JDK's own HTTP server: routing and
 * authentication are the host's; the status and the body are Sendcloud's, from rescind-adapters-json.
 */
public final class SendcloudEndpoint {

    private static final Pattern CANCEL = Pattern.compile("/returns/([^/]+)/cancel");

    private final SendcloudApi sendcloud;
    private final Function<HttpExchange, Option<CommandContext>> authenticate;

    public SendcloudEndpoint(Rescind rescind, Function<HttpExchange, Option<CommandContext>> authenticate) {
        this.sendcloud = new SendcloudApi(rescind, ZoneOffset.UTC);
        this.authenticate = authenticate;
    }

    public HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/returns/", this::handle);
        server.start();
        return server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher cancel = CANCEL.matcher(exchange.getRequestURI().getPath());
        Option<CommandContext> caller = authenticate.apply(exchange);
        if (!cancel.matches() || !exchange.getRequestMethod().equals("PATCH")) {
            exchange.sendResponseHeaders(405, -1);
        } else if (caller.isEmpty()) {
            exchange.sendResponseHeaders(401, -1);
        } else {
            send(exchange, sendcloud.requestCancellation(caller.get(), cancel.group(1)));
        }
        exchange.close();
    }

    private static void send(HttpExchange exchange, HttpAnswer answer) throws IOException {
        byte[] body = answer.bodyText().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
