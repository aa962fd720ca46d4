# Throwaway PostgreSQL and MariaDB servers for the database integration tests.
# Source it (bash): `source scripts/ci-databases.sh && datamin_start_databases` installs what is
# missing (apt-get), starts PostgreSQL on 127.0.0.1:55432 and MariaDB on 127.0.0.1:53306 in
# fresh temp dirs, creates the test databases and users, and exports DATAMIN_TEST_POSTGRES_URL
# and DATAMIN_TEST_MYSQL_URL. `datamin_stop_databases` stops exactly those two instances (by
# their data dirs / pid file, never by process name) and removes the temp dirs; call it from a
# `trap ... EXIT`. Run directly (`bash scripts/ci-databases.sh`) it starts both, prints the
# export lines and the stop command, and leaves the servers running.
# Recipes: /work/shared/RECIPES.md ("A throwaway PostgreSQL", "MariaDB").

DATAMIN_PG_PORT=${DATAMIN_PG_PORT:-55432}
DATAMIN_MYSQL_PORT=${DATAMIN_MYSQL_PORT:-53306}

_datamin_log() { echo "ci-databases: $*" >&2; }

# Runs a command as root: directly when we are root, through sudo -n when that works.
_datamin_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}

_datamin_install_missing() {
  local packages=()
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || packages+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || packages+=(mariadb-server)
  [ ${#packages[@]} -eq 0 ] && return 0
  _datamin_log "installing ${packages[*]}"
  _datamin_root apt-get update -qq >/dev/null &&
    _datamin_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null ||
    { _datamin_log "could not install ${packages[*]} (needs root or passwordless sudo)"; return 1; }
}

_datamin_pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# initdb refuses to run as root: the server then runs as the postgres system user.
_datamin_pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

_datamin_start_postgres() {
  local pgbin
  pgbin=$(_datamin_pgbin)
  [ -n "$pgbin" ] || { _datamin_log "PostgreSQL binaries not found"; return 1; }
  DATAMIN_PGROOT=$(mktemp -d /tmp/pgtest.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATAMIN_PGROOT"
  _datamin_pg_as "$pgbin/initdb" -D "$DATAMIN_PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DATAMIN_PGROOT/initdb.log" 2>&1 ||
    { _datamin_log "initdb failed: $(tail -3 "$DATAMIN_PGROOT/initdb.log")"; return 1; }
  _datamin_pg_as "$pgbin/pg_ctl" -D "$DATAMIN_PGROOT/data" -l "$DATAMIN_PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $DATAMIN_PG_PORT -k $DATAMIN_PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null ||
    { _datamin_log "PostgreSQL did not start: $(tail -3 "$DATAMIN_PGROOT/server.log")"; return 1; }
  _datamin_pg_as "$pgbin/psql" -h "$DATAMIN_PGROOT" -p "$DATAMIN_PG_PORT" -U postgres -qAt -c "CREATE DATABASE datamin_test" >/dev/null ||
    { _datamin_log "could not create the PostgreSQL test database"; return 1; }
  export DATAMIN_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$DATAMIN_PG_PORT/datamin_test"
}

_datamin_start_mariadb() {
  local mariadbd=mariadbd
  command -v mariadbd >/dev/null 2>&1 || mariadbd=/usr/sbin/mariadbd
  DATAMIN_MYROOT=$(mktemp -d /tmp/mdbtest.XXXXXX)
  local user_args=()
  if [ "$(id -u)" = 0 ]; then chown mysql:mysql "$DATAMIN_MYROOT"; user_args=(--user=mysql); fi
  mariadb-install-db --no-defaults "${user_args[@]}" --datadir="$DATAMIN_MYROOT/data" \
    --auth-root-authentication-method=normal >"$DATAMIN_MYROOT/init.log" 2>&1 ||
    { _datamin_log "mariadb-install-db failed: $(tail -3 "$DATAMIN_MYROOT/init.log")"; return 1; }
  "$mariadbd" --no-defaults "${user_args[@]}" --datadir="$DATAMIN_MYROOT/data" --socket="$DATAMIN_MYROOT/sock" \
    --port="$DATAMIN_MYSQL_PORT" --bind-address=127.0.0.1 --pid-file="$DATAMIN_MYROOT/pid" >"$DATAMIN_MYROOT/server.log" 2>&1 &
  local i
  for i in $(seq 1 60); do mariadb-admin --socket="$DATAMIN_MYROOT/sock" -uroot ping >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb-admin --socket="$DATAMIN_MYROOT/sock" -uroot ping >/dev/null 2>&1 ||
    { _datamin_log "MariaDB did not start: $(tail -3 "$DATAMIN_MYROOT/server.log")"; return 1; }
  # The tests connect as an administrator, create their tables and a SELECT-only user, and
  # scan as that user (RECIPES.md: "TCP login with a password works").
  mariadb --socket="$DATAMIN_MYROOT/sock" -uroot -e "CREATE DATABASE datamin_test;
    CREATE USER 'datamin_admin'@'127.0.0.1' IDENTIFIED BY 'admin-secret';
    GRANT ALL PRIVILEGES ON *.* TO 'datamin_admin'@'127.0.0.1' WITH GRANT OPTION;" ||
    { _datamin_log "could not create the MariaDB test database"; return 1; }
  export DATAMIN_TEST_MYSQL_URL="mysql://datamin_admin:admin-secret@127.0.0.1:$DATAMIN_MYSQL_PORT/datamin_test"
}

# Starts both servers; a server that cannot start leaves its variable unset (the tests then
# fail under CI=true, saying which server is missing). Returns non-zero if either failed.
datamin_start_databases() {
  local status=0
  _datamin_install_missing || status=1
  _datamin_start_postgres || status=1
  _datamin_start_mariadb || status=1
  return $status
}

# Stops exactly the instances started above and removes their temp dirs.
datamin_stop_databases() {
  if [ -n "${DATAMIN_PGROOT:-}" ] && [ -d "$DATAMIN_PGROOT/data" ]; then
    _datamin_pg_as "$(_datamin_pgbin)/pg_ctl" -D "$DATAMIN_PGROOT/data" -m fast -w stop >/dev/null 2>&1
  fi
  [ -n "${DATAMIN_PGROOT:-}" ] && rm -rf "$DATAMIN_PGROOT"
  if [ -n "${DATAMIN_MYROOT:-}" ] && [ -S "$DATAMIN_MYROOT/sock" ]; then
    mariadb-admin --socket="$DATAMIN_MYROOT/sock" -uroot shutdown >/dev/null 2>&1
  fi
  # Shutdown by pid file if the admin command could not reach it (still exactly our instance).
  if [ -n "${DATAMIN_MYROOT:-}" ] && [ -s "$DATAMIN_MYROOT/pid" ]; then
    local pid
    pid=$(cat "$DATAMIN_MYROOT/pid")
    kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null && sleep 1
  fi
  [ -n "${DATAMIN_MYROOT:-}" ] && rm -rf "$DATAMIN_MYROOT"
  unset DATAMIN_PGROOT DATAMIN_MYROOT
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  datamin_start_databases
  echo "export DATAMIN_TEST_POSTGRES_URL=${DATAMIN_TEST_POSTGRES_URL:-}"
  echo "export DATAMIN_TEST_MYSQL_URL=${DATAMIN_TEST_MYSQL_URL:-}"
  echo "# stop with: DATAMIN_PGROOT=$DATAMIN_PGROOT DATAMIN_MYROOT=$DATAMIN_MYROOT bash -c 'source $(realpath "${BASH_SOURCE[0]}") && datamin_stop_databases'"
fi
