package io.careers.gateway.tracing;

import io.careers.gateway.StandIns;
import io.careers.testkit.Eventually;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code OTEL_EXPORTER_OTLP_PROTOCOL=grpc}: with an endpoint and that protocol alone, the gateway's
 * spans (the request's and its backend call's) reach an OTLP receiver over gRPC, with the service's
 * name. The http/protobuf export is followed across the whole platform by {@code PlatformE2EIT}.
 */
class OtlpGrpcExportIT {
    private static final String EXPORT = "opentelemetry.proto.collector.trace.v1.TraceService/Export";

    @Test
    void spansAreExportedOverGrpcWhenTheProtocolSaysSo() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        Server receiver = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .addService(traceService(received)).build().start();
        try (StandIns standIns = new StandIns()) {
            Map<String, Object> properties = new HashMap<>(standIns.gatewayProperties());
            properties.put("otel.exporter.otlp.endpoint", "http://127.0.0.1:" + receiver.getPort());
            properties.put("otel.exporter.otlp.protocol", "grpc");
            properties.put("otel.bsp.schedule.delay", "100");
            properties.put("otel.service.name", "gateway");
            try (EmbeddedServer gateway = ApplicationContext.run(EmbeddedServer.class, properties);
                 HttpClient http = HttpClient.create(gateway.getURL())) {
                try {
                    // Its backend is not stubbed: the answer does not matter, its spans do.
                    http.toBlocking().retrieve(HttpRequest.GET("/sitemap.xml"));
                } catch (HttpClientResponseException e) {
                    // 503
                }
                Eventually.await("the request's spans arrive over gRPC", Duration.ofSeconds(20),
                    () -> received.containsAll(List.of("gateway: GET /sitemap.xml (SPAN_KIND_SERVER)", "gateway: GET (SPAN_KIND_CLIENT)")));
            }
        } finally {
            receiver.shutdownNow();
        }
    }

    /** The one method of OTLP's TraceService, read with the protocol's own messages. */
    private static ServerServiceDefinition traceService(List<String> received) {
        MethodDescriptor<ExportTraceServiceRequest, ExportTraceServiceResponse> export =
            MethodDescriptor.<ExportTraceServiceRequest, ExportTraceServiceResponse>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName(EXPORT)
                .setRequestMarshaller(marshaller(ExportTraceServiceRequest::parseFrom))
                .setResponseMarshaller(marshaller(ExportTraceServiceResponse::parseFrom)).build();
        return ServerServiceDefinition.builder("opentelemetry.proto.collector.trace.v1.TraceService")
            .addMethod(export, ServerCalls.asyncUnaryCall((request, answer) -> {
                for (ResourceSpans resource : request.getResourceSpansList()) {
                    String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                        .map(v -> v.getStringValue()).findFirst().orElse("?");
                    resource.getScopeSpansList().forEach(scope -> scope.getSpansList().forEach(span ->
                        received.add(service + ": " + span.getName() + " (" + span.getKind() + ")")));
                }
                answer.onNext(ExportTraceServiceResponse.getDefaultInstance());
                answer.onCompleted();
            })).build();
    }

    private interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private static <T extends com.google.protobuf.MessageLite> MethodDescriptor.Marshaller<T> marshaller(Parser<T> parser) {
        return new MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(T value) {
                return new ByteArrayInputStream(value.toByteArray());
            }

            @Override
            public T parse(InputStream stream) {
                try {
                    return parser.parse(stream);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
