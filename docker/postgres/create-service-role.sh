#!/bin/sh
# Runs once, when the database is first made (docker-entrypoint-initdb.d): the role the services
# run as. It owns nothing; Flyway, migrating as the owner "ledger", grants it what it needs after
# every migration: it may read and insert events and chain links, never update, delete or truncate
# them (README, "Database roles").
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$LEDGER_SERVICE_DB_PASSWORD" <<'SQL'
CREATE ROLE ledger_service LOGIN PASSWORD :'password';
SQL
