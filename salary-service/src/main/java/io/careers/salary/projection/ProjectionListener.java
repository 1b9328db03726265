package io.careers.salary.projection;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.employment-projections.v1}. */
@PlatformListener(clientId = "salary-projections")
class ProjectionListener extends DecodingListener<EmploymentProjection> {
    ProjectionListener(InboundProcessor processor, ProjectionIngest ingest) {
        super(processor, new ProjectionDecoder(), ingest::apply);
    }

    @Topic(Topics.EMPLOYMENT_PROJECTIONS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }
}
