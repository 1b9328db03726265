package io.careers.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * Stand-ins for articles-, salary- and schools-service that answer the contract's JSON at once,
 * so the gateway benchmark measures the gateway. Also a "black hole" port that accepts
 * connections and never answers. Arguments: articles port, salary port, schools port, black-hole port.
 */
public final class BackendStandIns {
    private BackendStandIns() {
    }

    public static void main(String[] args) throws IOException {
        serve(Integer.parseInt(args[0]), BackendStandIns::article);
        serve(Integer.parseInt(args[1]), exchange -> salary());
        serve(Integer.parseInt(args[2]), exchange -> schools());
        blackHole(Integer.parseInt(args[3]));
        System.out.println("READY");
    }

    private interface Answer {
        String json(HttpExchange exchange);
    }

    private static void serve(int port, Answer answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            byte[] body = answer.json(exchange).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Accepts connections and reads nothing, answers nothing: a backend that hangs. */
    private static void blackHole(int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 1024);
        Thread acceptor = new Thread(() -> {
            List<Socket> held = new ArrayList<>();
            while (true) {
                try {
                    held.add(socket.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "black-hole");
        acceptor.setDaemon(false);
        acceptor.start();
    }

    private static String article(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        int n = Math.abs(slug.hashCode()) % 100;
        String soc = String.format(Locale.ROOT, "29-%04d", 2000 + n);
        return """
            {"id": "6f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "%s", "title": "Medical Records Administration",
             "summary": "Find out the job duties of workers in medical records administration.", "category": "healthcare", "tags": [],
             "sections": [{"heading": "Career Overview", "html": "<p>Medical records administrators organise and protect patient records.</p>\\n"},
                          {"heading": "Employment and Salary Information", "html": "<p>As of May 2023, the median annual salary was <strong>$48,780</strong>.</p>\\n"},
                          {"heading": "How to Become One", "html": "<ol>\\n<li>Earn a certificate</li>\\n<li>Pass an exam</li>\\n</ol>\\n"}],
             "citations": [{"source": "BLS OEWS", "releaseId": "OEWS-2023-05", "referencePeriod": "2023-05"}],
             "occupations": ["%s", "31-9092"], "programs": ["51.0707", "51.0713"],
             "relatedArticles": [{"id": "7f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "medical-coder", "title": "Medical Coder"}],
             "videos": [{"title": "What Does a Medical Examiner Do?", "description": "A day at work.", "url": "https://videos.example/me"}],
             "seo": {"title": null, "description": null}, "status": "PUBLISHED", "revision": 3,
             "publishedAt": "2026-01-05T10:00:00Z", "revisedAt": "2026-02-01T10:00:00Z"}
            """.formatted(slug, soc);
    }

    private static String salary() {
        return """
            {"occupations": [{"code": "29-2072", "title": "Medical Records Specialists", "socVersion": "2018",
              "current": {"releaseId": "OEWS-2023-05", "referencePeriod": "2023-05", "employment": 186580,
                "hourly": {"mean": 24.42, "p10": 15.52, "p25": 18.3, "median": 23.45, "p75": 28.36, "p90": 35.14},
                "annual": {"mean": 50790, "p10": 32270, "p25": 38060, "median": 48780, "p75": 58990, "p90": 73090}, "footnotes": {}},
              "projection": {"period": "2023-2033", "baseYear": 2023, "targetYear": 2033, "baseEmployment": 193800,
                "projectedEmployment": 209700, "percentChange": 8.2, "annualOpenings": 15000, "typicalEntryEducation": null},
              "lineage": {"predecessors": [], "successors": []}},
             {"code": "31-9092", "title": "Medical Assistants", "socVersion": "2018",
              "current": {"releaseId": "OEWS-2023-05", "referencePeriod": "2023-05", "employment": 764400,
                "hourly": {"mean": 20.19, "p10": null, "p25": null, "median": 19.75, "p75": null, "p90": null},
                "annual": {"mean": 41990, "p10": null, "p25": null, "median": 42000, "p75": null, "p90": null}, "footnotes": {}},
              "projection": null, "lineage": {"predecessors": [], "successors": []}}], "missing": []}
            """;
    }

    private static String schools() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            items.append(i == 0 ? "" : ",").append("""
                {"listingId": "11111111-1111-4111-8111-%012d", "institutionId": "i%d", "programId": "p%d",
                 "institution": {"name": "Community College %d", "city": "Utica", "state": "NY", "ownership": "PUBLIC", "website": null},
                 "program": {"title": "Health Information Technology", "cipCode": "51.0707", "credential": "ASSOCIATE",
                             "delivery": "ONLINE", "accreditations": ["CAHIIM"], "annualTuitionUsd": 4890},
                 "sponsored": %s, "disclosure": %s, "rank": {"basis": "POPULARITY", "priority": null, "interactions30d": %d}}
                """.formatted(i, i, i, i, i == 0, i == 0 ? "\"Sponsored\"" : "null", 100 - i));
        }
        return "{\"items\": [" + items + "], \"page\": 1, \"size\": 10, \"totalItems\": 23, \"totalPages\": 3}";
    }
}
