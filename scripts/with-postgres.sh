#!/usr/bin/env bash
# Run a command with DATABASE_URL pointing at PostgreSQL.
#
# Uses the server at $POSTGRES_URL (default 127.0.0.1:5432, user postgres). When nothing
# answers there, starts a throwaway server from the installed PostgreSQL binaries and
# removes it afterwards. When neither is possible it fails loudly: the suite must never
# pass without having run on PostgreSQL.
set -euo pipefail

url=${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/misconduct}

if pg_isready -q -d "${url%/*}/postgres" 2>/dev/null; then
  echo "PostgreSQL: using ${url}" >&2
  DATABASE_URL=$url exec "$@"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "error: no PostgreSQL answers at ${url} and no PostgreSQL server is installed" \
       "to start a throwaway one (install postgresql, or set POSTGRES_URL)." >&2
  exit 1
fi

port=54329
datadir=$(mktemp -d /tmp/misconduct-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$datadir"
  run_as=(runuser -u postgres --)
fi
cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$datadir" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT

echo "PostgreSQL: nothing at ${url}; starting a throwaway server on port ${port}" >&2
"${run_as[@]}" "$bindir/initdb" -D "$datadir" -U postgres -A trust >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$datadir" -w -l "$datadir/log" \
  -o "-p ${port} -k ${datadir} -c listen_addresses=127.0.0.1" start >/dev/null
DATABASE_URL="postgres://postgres@127.0.0.1:${port}/misconduct" "$@"
