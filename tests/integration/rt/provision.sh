#!/usr/bin/env bash
# Provision and start an isolated Request Tracker 5 for the integration tests, from Debian's installed packages
# (request-tracker5 rt5-db-sqlite rt5-standalone; see .ci/apt.d/rt.txt). Installs nothing. Everything lives in
# DIR: the site config, the SQLite database, mail (mbox), Mason cache, the server's log and pid file. The
# package's own /etc configuration and database are never used.
#
#   provision.sh start DIR PORT   # init DB, create queues/fields/users/token, start rt-server on 127.0.0.1:PORT
#   provision.sh stop DIR         # stop the server started for DIR
#
# RT_BCRYPT_COST (default 12, RT's own default) sets how expensive password and token hashes are; every API
# request pays one check, so the tests use a low cost to run fast and the benchmark keeps RT's default.
#
# `start` writes DIR/instance.env (url=…, app_token=…, support_user=…, …) and exits once the server answers.
set -euo pipefail

RT_LIBEXEC=/usr/share/request-tracker5/libexec
SETUP_DB=/usr/sbin/rt-setup-database-5
HERE=$(cd "$(dirname "$0")" && pwd)

die() { echo "provision.sh: $*" >&2; exit 1; }

action=${1:-}; dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || die "usage: provision.sh start DIR PORT | stop DIR"

if [ "$action" = stop ]; then
  [ -f "$dir/rt.pid" ] || exit 0
  start-stop-daemon --stop --quiet --pidfile "$dir/rt.pid" --remove-pidfile --retry TERM/10/KILL/5 || true
  exit 0
fi
[ "$action" = start ] || die "unknown action $action"
port=${3:-}; [ -n "$port" ] || die "start needs a PORT"
for need in "$RT_LIBEXEC/rt-server" "$SETUP_DB" /usr/share/perl5/Plack/Handler/Starlet.pm; do
  [ -e "$need" ] || die "missing $need: install request-tracker5 rt5-db-sqlite rt5-standalone (.ci/apt.d/rt.txt)"
done

# RT runs as www-data when we are root (as the package expects), else as the calling user.
if [ "$(id -u)" = 0 ]; then run_as=www-data; else run_as=$(id -un); fi
as_user() { if [ "$(id -u)" = 0 ]; then runuser -u "$run_as" -- "$@"; else "$@"; fi; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rm -rf "$dir/etc.d" "$dir/var" "$dir/mason" "$dir/rt.db" "$dir/instance.env"
mkdir -p "$dir/etc.d" "$dir/var/session_data" "$dir/mason"
cat > "$dir/RT_SiteConfig.pm" <<CONF
Set(\$rtname, 'pixrma-test');
Set(\$Organization, 'pixrma.test');
Set(\$CorrespondAddress, 'support@pixrma.test');
Set(\$CommentAddress, 'support-comment@pixrma.test');
Set(\$WebPath, "");
Set(\$WebBaseURL, "http://127.0.0.1:$port");
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rt.db');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'error');
Set(\$MailCommand, 'mbox');
Set(\$BcryptCost, ${RT_BCRYPT_COST:-12});
\$RT::VarPath = '$dir/var';
\$RT::MasonDataDir = '$dir/mason';
\$RT::MasonSessionDir = '$dir/var/session_data';
1;
CONF
chmod 0640 "$dir/RT_SiteConfig.pm"
: > "$dir/server.log"
# RT's user may not be able to read the checkout (a clone below /root): it gets its own copy of the script.
cp "$HERE/setup.pl" "$dir/setup.pl"
if [ "$(id -u)" = 0 ]; then chown -R "$run_as" "$dir"; fi
cd "$dir"

export RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/etc.d"
as_user "$SETUP_DB" --action init --skip-create > "$dir/setup-database.log" 2>&1 \
  || { cat "$dir/setup-database.log" >&2; die "rt-setup-database failed"; }
secrets=$(as_user perl "$dir/setup.pl" 2>"$dir/setup.log") || { cat "$dir/setup.log" >&2; die "setup.pl failed"; }

start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$dir/rt.pid" --chuid "$run_as" --chdir "$dir" \
  --output "$dir/server.log" --exec "$RT_LIBEXEC/rt-server" -- --server Starlet --host 127.0.0.1 --port "$port" \
  --max-workers 4

# Ready when the API answers (401 without a token); give up after 60 s.
for _ in $(seq 600); do
  if code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/REST/2.0/") && [ "$code" != 000 ]; then
    umask 077
    { echo "url=http://127.0.0.1:$port"; echo "$secrets"; } > "$dir/instance.env"
    exit 0
  fi
  if ! start-stop-daemon --status --pidfile "$dir/rt.pid"; then
    cat "$dir/server.log" >&2; die "rt-server exited"
  fi
  sleep 0.1
done
cat "$dir/server.log" >&2
die "rt-server did not answer on port $port"
