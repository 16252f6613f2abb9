# syntax=docker/dockerfile:1
# Allot's image, built from the source (issue 15): the Maven wrapper builds the jar in the first stage;
# the second runs it on a JRE as a non-root user, writing only under /data (the SQLite file, logs,
# temporary files, backups; the JVM's counters stay in memory), so the root file system may be read-only. Build: docker build -t allot:local .   Run: see compose.yaml.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
# The tests run in CI (.ci/run), on SQLite and PostgreSQL; the image only packages.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package \
    && cp "$(find target -maxdepth 1 -name 'allot-*.jar' ! -name '*-plain.jar' | head -n 1)" /allot.jar

# The JDK's AOT cache (ADR 35), made by the JVM that will use it: the jar unpacked into /app and one
# training start on a throwaway data folder. Allot then starts in about 3 s instead of 5 to 6.
FROM eclipse-temurin:25-jre AS aot
COPY --from=build /allot.jar /allot.jar
COPY deploy/aot-cache /usr/local/bin/aot-cache
RUN JAVA=java ALLOT_JAVA_OPTS="-Xms32m -XX:+UseSerialGC -XX:+PerfDisableSharedMem" aot-cache /allot.jar /app

FROM eclipse-temurin:25-jre
# curl answers the HEALTHCHECK; nothing else is added to the base image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 allot \
    && useradd --system --uid 10001 --gid allot --home-dir /data --no-create-home --shell /usr/sbin/nologin allot \
    && mkdir -p /data /app \
    && chown allot:allot /data
COPY --from=aot /app /app

ENV ALLOT_DATA_DIR=/data \
    JAVA_OPTS="-Xms32m -XX:+UseSerialGC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+PerfDisableSharedMem"
VOLUME /data
EXPOSE 8080
USER allot
WORKDIR /data

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1

# exec: java is the container's first process, so SIGTERM reaches it and Allot stops gracefully
# (server.shutdown=graceful: answers in flight finish, then the database closes).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/bin/sh", "-c", "mkdir -p /data/tmp && exec java $JAVA_OPTS -XX:AOTCache=/app/allot.aot -Djava.io.tmpdir=/data/tmp -jar /app/allot.jar \"$@\"", "allot"]
