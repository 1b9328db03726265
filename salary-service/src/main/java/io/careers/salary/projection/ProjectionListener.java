package io.careers.salary.projection;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.PlatformListener;


/** Consumes {@code salary.employment-projections.v1}. */
@PlatformListener(clientId = "salary-projections", topic = Topics.EMPLOYMENT_PROJECTIONS)
class ProjectionListener extends DecodingListener<EmploymentProjection> {
    ProjectionListener(InboundProcessor processor, ProjectionIngest ingest) {
        super(processor, new ProjectionDecoder(), ingest::apply);
    }
}
