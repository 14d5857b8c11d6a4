# Sourced by .ci/run: installs Debian's PostgreSQL when it is missing, starts a throw-away cluster on
# 127.0.0.1 and exports TILLKIT_PG_URL. When nothing can be installed the tests still exercise the
# PostgreSQL driver against PGlite over the wire protocol, and say so.
pg_bin=""
find_pg_bin() { pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1); }
find_pg_bin
if [[ -z $pg_bin ]] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || echo "PostgreSQL could not be installed"
  find_pg_bin
fi
if [[ -n $pg_bin ]] && id postgres >/dev/null 2>&1; then
  pg_port=54329
  # A port another server already holds is skipped, so a leftover cluster cannot fail the run.
  while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  pg_data=$(mktemp -d /tmp/tillkit-ci-pg.XXXXXX)
  chown postgres:postgres "$pg_data"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" -w -l "$pg_data/server.log" start >/dev/null
  export TILLKIT_PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true' EXIT
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
else
  echo "No PostgreSQL server: the tests fall back to PGlite over the wire protocol"
fi
