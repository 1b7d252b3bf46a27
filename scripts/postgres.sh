#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks, on loopback only.
#
#   scripts/postgres.sh start   # starts it (or finds it running) and prints ONLY its URL
#   scripts/postgres.sh url     # prints the URL
#   scripts/postgres.sh stop    # stops it and removes its folder
#
# Settings (environment):
#   SUARA_PG_DIR   folder for data, socket and log (default /tmp/suara-pg); the postgres
#                  user must be able to reach it, so keep it outside root's home
#   SUARA_PG_PORT  TCP port on 127.0.0.1 (default 55432)
#
# Durability is switched off (fsync, synchronous_commit, full_page_writes): the data is
# thrown away after the run. Authentication is "trust": nothing but loopback can connect.
# Everything except the URL goes to stderr or to the log file in the folder.
set -euo pipefail

PG_DIR="${SUARA_PG_DIR:-/tmp/suara-pg}"
PG_PORT="${SUARA_PG_PORT:-55432}"
PG_DB="suara"
PG_USER="postgres"

# Absolute paths only: the commands below run from / (the postgres user may not be able to
# read the caller's working directory).
case "$PG_DIR" in
  /*) ;;
  *) PG_DIR="$(pwd)/$PG_DIR" ;;
esac
PG_DIR="${PG_DIR%/}"
DATA_DIR="$PG_DIR/data"
SOCKET_DIR="$PG_DIR/run"
LOG_FILE="$PG_DIR/postgres.log"
MARKER="$PG_DIR/.suara-test-postgres"

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  echo "usage: $0 start|stop|url" >&2
  exit 2
}

# Debian keeps the server binaries off PATH, one folder per major version. Prefer 15 (what
# the project is tested on), else the newest installed.
find_bin_dir() {
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  local newest=""
  if [[ -d /usr/lib/postgresql ]]; then
    newest="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null \
      | grep -E '^[0-9]+(\.[0-9]+)?$' | sort -V | tail -n 1 || true)"
  fi
  if [[ -n "$newest" && -x "/usr/lib/postgresql/$newest/bin/initdb" ]]; then
    echo "/usr/lib/postgresql/$newest/bin"
    return
  fi
  # Elsewhere (a developer's own machine) the binaries may simply be on PATH.
  local initdb
  if initdb="$(command -v initdb 2>/dev/null)"; then
    dirname "$initdb"
    return
  fi
  die "PostgreSQL server binaries not found (install Debian's 'postgresql' package)"
}

# initdb and pg_ctl refuse to run as root: run them as the postgres user then.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    (cd / && runuser -u "$PG_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

# The port of the server running on DATA_DIR (line 4 of postmaster.pid), or nothing.
running_port() {
  local pidfile="$DATA_DIR/postmaster.pid"
  [[ -f "$pidfile" ]] || return 1
  as_pg "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 || return 1
  sed -n 4p "$pidfile"
}

url_for() {
  echo "postgresql://${PG_USER}@127.0.0.1:$1/${PG_DB}"
}

prepare_folder() {
  mkdir -p "$PG_DIR" "$SOCKET_DIR"
  touch "$MARKER"
  if [[ "$(id -u)" == 0 ]]; then
    chown "$PG_USER:" "$PG_DIR" "$SOCKET_DIR" "$MARKER"
    chmod 0755 "$PG_DIR"
    # The postgres user must be able to walk down to the folder.
    if ! runuser -u "$PG_USER" -- test -w "$PG_DIR"; then
      die "the postgres user cannot write to $PG_DIR; set SUARA_PG_DIR to a folder it can reach (e.g. under /tmp)"
    fi
  fi
  touch "$LOG_FILE"
  [[ "$(id -u)" == 0 ]] && chown "$PG_USER:" "$LOG_FILE"
  return 0
}

init_cluster() {
  [[ -f "$DATA_DIR/PG_VERSION" ]] && return 0
  say "initdb in $DATA_DIR"
  # Collation C with a UTF-8 ctype, like PGlite's databases.
  if ! as_pg "$BIN/initdb" -D "$DATA_DIR" --auth=trust --username="$PG_USER" \
    --encoding=UTF8 --locale=C --lc-ctype=C.UTF-8 >>"$LOG_FILE" 2>&1; then
    say "initdb with lc-ctype C.UTF-8 failed; retrying with the C locale"
    rm -rf "$DATA_DIR"
    as_pg "$BIN/initdb" -D "$DATA_DIR" --auth=trust --username="$PG_USER" \
      --encoding=UTF8 --no-locale >>"$LOG_FILE" 2>&1 \
      || { tail -n 20 "$LOG_FILE" >&2; die "initdb failed (log: $LOG_FILE)"; }
  fi
  # Test settings, kept in the cluster's own configuration so pg_ctl needs no quoting.
  as_pg tee -a "$DATA_DIR/postgresql.conf" >/dev/null <<EOF

# --- Suara test server (scripts/postgres.sh): speed over durability ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$SOCKET_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
}

wait_ready() {
  local port="$1" i
  for i in $(seq 1 150); do
    if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U "$PG_USER"; then
      return 0
    fi
    sleep 0.2
  done
  tail -n 20 "$LOG_FILE" >&2 || true
  die "PostgreSQL on 127.0.0.1:$port did not become ready in 30 s (log: $LOG_FILE)"
}

ensure_database() {
  local port="$1" exists
  exists="$("$BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -X -q -t -A \
    -v ON_ERROR_STOP=1 -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")"
  if [[ "$exists" != "1" ]]; then
    "$BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -X -q \
      -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB\" OWNER \"$PG_USER\"" >&2
  fi
}

cmd_start() {
  local port
  if port="$(running_port)" && [[ -n "$port" ]]; then
    wait_ready "$port"
    ensure_database "$port"
    url_for "$port"
    return 0
  fi
  prepare_folder
  init_cluster
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT (data $DATA_DIR, log $LOG_FILE)"
  if ! as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 30 \
    -o "-p $PG_PORT" start >/dev/null 2>>"$LOG_FILE"; then
    tail -n 20 "$LOG_FILE" >&2 || true
    die "PostgreSQL did not start (is port $PG_PORT taken? log: $LOG_FILE)"
  fi
  wait_ready "$PG_PORT"
  ensure_database "$PG_PORT"
  url_for "$PG_PORT"
}

cmd_stop() {
  if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
    as_pg "$BIN/pg_ctl" -D "$DATA_DIR" stop -m fast -w -t 30 >&2 \
      || as_pg "$BIN/pg_ctl" -D "$DATA_DIR" stop -m immediate -w -t 10 >&2 \
      || say "could not stop the server on $DATA_DIR"
  fi
  if [[ -d "$PG_DIR" ]]; then
    # Remove only a folder this script made.
    if [[ -f "$MARKER" ]]; then
      rm -rf "$PG_DIR"
    else
      say "not removing $PG_DIR: it was not made by this script"
    fi
  fi
}

cmd_url() {
  local port
  if port="$(running_port)" && [[ -n "$port" ]]; then
    url_for "$port"
  else
    url_for "$PG_PORT"
  fi
}

[[ $# -eq 1 ]] || usage
BIN="$(find_bin_dir)"
case "$1" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) cmd_url ;;
  *) usage ;;
esac
