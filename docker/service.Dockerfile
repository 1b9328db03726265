# Every service's image, built from the repository root, e.g.
#   docker build -f docker/service.Dockerfile --build-arg MODULE=salary-service --build-arg PORT=8082 .
# docker-compose.yml passes MODULE and PORT for each service.
ARG MODULE
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl "${MODULE}" -am package && cp "${MODULE}"/target/"${MODULE}"-*-SNAPSHOT.jar /src/app.jar

FROM eclipse-temurin:17-jre
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 app
COPY --from=build /src/app.jar /app/app.jar
USER app
EXPOSE ${PORT}
# Each container is a static member of its consumer group under its own hostname (the container
# id), which a restart keeps: a restarted container takes its partitions back at once.
ENTRYPOINT ["sh", "-c", "export MESSAGING_CONSUMER_INSTANCE_ID=\"${MESSAGING_CONSUMER_INSTANCE_ID:-$(hostname)}\"; exec java -XX:MaxRAMPercentage=75 -jar /app/app.jar"]
