#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL for the platform suite, creates a role and a
# database for the tests, and prints the DATABASE_URL to use. Idempotent: safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing Debian's PostgreSQL for the platform suite" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! $SUDO pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^${version} main$"; then
  $SUDO pg_createcluster "$version" main >&2
fi
if ! $SUDO pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$version" main start >&2
fi
port="$($SUDO pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
psql_as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"
  else sudo -u postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; fi
}
if [ "$(psql_as_postgres -c "select 1 from pg_roles where rolname = 'lead_center'")" != "1" ]; then
  psql_as_postgres -c "create role lead_center login password 'lead_center'" >&2
fi
if [ "$(psql_as_postgres -c "select 1 from pg_database where datname = 'lead_center_test'")" != "1" ]; then
  psql_as_postgres -c "create database lead_center_test owner lead_center" >&2
fi
echo "postgres://lead_center:lead_center@127.0.0.1:${port}/lead_center_test"
