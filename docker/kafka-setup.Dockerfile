# docker-compose's one-shot kafka-setup: creates the Kafka principals and ACLs of contracts' KafkaAccess
# (testkit's KafkaProvisioning, the code ./platform's embedded broker is provisioned with).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl testkit -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 app
COPY --from=build /src/testkit/target/lib /app/lib
COPY --from=build /src/testkit/target/testkit-*-SNAPSHOT.jar /app/lib/
USER app
ENTRYPOINT ["java", "-cp", "/app/lib/*", "io.careers.testkit.KafkaProvisioning"]
