# Charterline as a container image: `docker compose up` (see docker-compose.yml) or
# `docker build -t charterline . && docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=postgres \
#    -e CHARTERLINE_DB_URL=jdbc:postgresql://db-host:5432/charterline -e CHARTERLINE_DB_USER=charterline \
#    -e CHARTERLINE_DB_PASSWORD=... -e CHARTERLINE_ADMIN_PASSWORD=... charterline`
# (the postgres profile has no demo users: its first start creates the administrator; README, "Run on PostgreSQL")

# --- Build stage -------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, in their own layer: a change to the code or the models then reuses the ~220 MB download.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline

COPY src/main src/main
COPY processes processes
COPY forms forms
# Tests run in CI (.ci/run) against the same sources; the image build only packages.
RUN mvn -B -q package -DskipTests \
    && cp target/charterline-*.jar charterline.jar \
    && java -Djarmode=tools -jar charterline.jar extract --layers --destination extracted

# --- Run stage ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl for the health check; nothing else is added to the runtime image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system charterline \
    && useradd --system --gid charterline --home-dir /app --shell /usr/sbin/nologin charterline

WORKDIR /app
# Spring Boot's layers (libraries in lib/, then charterline.jar), least changing first, so a new build of the code
# ships a small top layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

USER charterline
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

# /actuator/health answers anonymously with UP or DOWN (details only for administrators).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1

ENTRYPOINT ["java", "-jar", "charterline.jar"]
