FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY seeds ./seeds
RUN pip install --no-cache-dir .

# The database lives on the volume mounted at /data (see docker-compose.yml).
ENV ONRECORD_DB_PATH=/data/onrecord.db \
    ONRECORD_SEEDS_DIR=/app/seeds
VOLUME ["/data"]

CMD ["onrecord", "run"]
