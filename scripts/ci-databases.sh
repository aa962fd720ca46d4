# Throwaway PostgreSQL, MariaDB and ClickHouse servers for the database integration tests.
# Source it (bash): `source scripts/ci-databases.sh && datamin_start_databases` installs what is
# missing (apt-get), starts PostgreSQL on 127.0.0.1:55432, MariaDB on 127.0.0.1:53306 and
# ClickHouse on 127.0.0.1:18123 (HTTP; native protocol on 19000) in fresh temp dirs, creates the
# test databases and users, and exports DATAMIN_TEST_POSTGRES_URL, DATAMIN_TEST_MYSQL_URL and
# DATAMIN_TEST_CLICKHOUSE_URL. `datamin_stop_databases` stops exactly those instances (by their
# data dirs / pid files, never by process name) and removes the temp dirs; call it from a
# `trap ... EXIT`. Run directly (`bash scripts/ci-databases.sh`) it starts them, prints the
# export lines and the stop command, and leaves the servers running.
# Recipes: /work/shared/RECIPES.md ("A throwaway PostgreSQL", "MariaDB", "ClickHouse").

DATAMIN_PG_PORT=${DATAMIN_PG_PORT:-55432}
DATAMIN_MYSQL_PORT=${DATAMIN_MYSQL_PORT:-53306}
DATAMIN_CLICKHOUSE_PORT=${DATAMIN_CLICKHOUSE_PORT:-18123}
DATAMIN_CLICKHOUSE_TCP_PORT=${DATAMIN_CLICKHOUSE_TCP_PORT:-19000}

_datamin_log() { echo "ci-databases: $*" >&2; }

# Runs a command as root: directly when we are root, through sudo -n when that works.
_datamin_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}

_datamin_install_missing() {
  local packages=()
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || packages+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || packages+=(mariadb-server)
  # ClickHouse in an install of its own: if it cannot be had, PostgreSQL and MariaDB still are.
  if ! command -v clickhouse-server >/dev/null 2>&1 && [ ! -x /usr/sbin/clickhouse-server ]; then
    _datamin_log "installing clickhouse-server"
    _datamin_root apt-get update -qq >/dev/null &&
      _datamin_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null ||
      _datamin_log "could not install clickhouse-server (needs root or passwordless sudo)"
  fi
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

# Debian's clickhouse-server (18.16 on Debian 12) with a config of its own in a temp dir: the
# default user without a password, and two scanners whose profiles are read-only already
# (readonly 1 and 2, password scanner-secret), all reachable from 127.0.0.1 only.
_datamin_start_clickhouse() {
  local server=clickhouse-server
  command -v clickhouse-server >/dev/null 2>&1 || server=/usr/sbin/clickhouse-server
  [ -x "$(command -v "$server")" ] || { _datamin_log "clickhouse-server not found"; return 1; }
  DATAMIN_CHROOT=$(mktemp -d /tmp/chtest.XXXXXX)
  local ch=$DATAMIN_CHROOT
  cat >"$ch/users.xml" <<XML
<?xml version="1.0"?><yandex><profiles><default/><ro1><readonly>1</readonly></ro1><ro2><readonly>2</readonly></ro2></profiles>
<quotas><default/></quotas><users>
<default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
<scanner_ro1><password>scanner-secret</password><networks><ip>127.0.0.1</ip></networks><profile>ro1</profile><quota>default</quota></scanner_ro1>
<scanner_ro2><password>scanner-secret</password><networks><ip>127.0.0.1</ip></networks><profile>ro2</profile><quota>default</quota></scanner_ro2>
</users></yandex>
XML
  cat >"$ch/config.xml" <<XML
<?xml version="1.0"?><yandex>
<logger><level>warning</level><log>$ch/log</log><errorlog>$ch/err</errorlog></logger>
<http_port>$DATAMIN_CLICKHOUSE_PORT</http_port><tcp_port>$DATAMIN_CLICKHOUSE_TCP_PORT</tcp_port><listen_host>127.0.0.1</listen_host>
<path>$ch/data/</path><tmp_path>$ch/tmp/</tmp_path><user_files_path>$ch/files/</user_files_path>
<users_config>$ch/users.xml</users_config><default_profile>default</default_profile>
<default_database>default</default_database><mark_cache_size>1073741824</mark_cache_size></yandex>
XML
  "$server" --config-file="$ch/config.xml" >"$ch/stdout" 2>&1 &
  echo $! >"$ch/pid"
  local i
  for i in $(seq 1 60); do
    clickhouse-client --port "$DATAMIN_CLICKHOUSE_TCP_PORT" -q 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  clickhouse-client --port "$DATAMIN_CLICKHOUSE_TCP_PORT" -q 'CREATE DATABASE IF NOT EXISTS datamin_test' >/dev/null 2>&1 ||
    { _datamin_log "ClickHouse did not start: $(tail -3 "$ch/err" "$ch/stdout" 2>/dev/null)"; return 1; }
  export DATAMIN_TEST_CLICKHOUSE_URL="clickhouse://default@127.0.0.1:$DATAMIN_CLICKHOUSE_PORT/datamin_test"
}

# Starts the servers; a server that cannot start leaves its variable unset (the tests then
# fail under CI=true, saying which server is missing). Returns non-zero if any failed.
datamin_start_databases() {
  local status=0
  _datamin_install_missing || status=1
  _datamin_start_postgres || status=1
  _datamin_start_mariadb || status=1
  _datamin_start_clickhouse || status=1
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
  # ClickHouse: exactly the process started above, by its pid file; it finishes within seconds.
  if [ -n "${DATAMIN_CHROOT:-}" ] && [ -s "$DATAMIN_CHROOT/pid" ]; then
    local chpid
    chpid=$(cat "$DATAMIN_CHROOT/pid")
    if kill -0 "$chpid" 2>/dev/null; then
      kill "$chpid" 2>/dev/null
      for _ in $(seq 1 40); do kill -0 "$chpid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$chpid" 2>/dev/null && kill -9 "$chpid" 2>/dev/null
    fi
  fi
  [ -n "${DATAMIN_CHROOT:-}" ] && rm -rf "$DATAMIN_CHROOT"
  unset DATAMIN_PGROOT DATAMIN_MYROOT DATAMIN_CHROOT
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  datamin_start_databases
  echo "export DATAMIN_TEST_POSTGRES_URL=${DATAMIN_TEST_POSTGRES_URL:-}"
  echo "export DATAMIN_TEST_MYSQL_URL=${DATAMIN_TEST_MYSQL_URL:-}"
  echo "export DATAMIN_TEST_CLICKHOUSE_URL=${DATAMIN_TEST_CLICKHOUSE_URL:-}"
  echo "# stop with: DATAMIN_PGROOT=$DATAMIN_PGROOT DATAMIN_MYROOT=$DATAMIN_MYROOT DATAMIN_CHROOT=$DATAMIN_CHROOT bash -c 'source $(realpath "${BASH_SOURCE[0]}") && datamin_stop_databases'"
fi
