# Shared by bench/cluster/run and bench/cluster/kill: Debian's PostgreSQL, app nodes from target/toasoan.jar and nginx
# in front of them, all on loopback in one temporary folder, all stopped and removed on exit.
# Needs: postgresql (the server), nginx, wrk, curl; a JDK 17 or newer.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/toasoan.jar"
JAVA="$("$ROOT/bin/newest-jdk")/bin/java"
HEAP=${HEAP:-512m}
ADMIN_EMAIL=quantri@baothu.vn
ADMIN_PASSWORD=Mat-khau-do-tai-2026

for tool in nginx wrk curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install $tool)" >&2; exit 1; }
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "missing: Debian's PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
[ -f "$JAR" ] || (cd "$ROOT" && JAVA_HOME=$("$ROOT/bin/newest-jdk") mvn -B -q package -DskipTests)

WORK=$(mktemp -d /tmp/toasoan-cluster-XXXXXX)
chmod 755 "$WORK"
PG_PORT=$((20000 + RANDOM % 10000))
NGINX_PORT=$((PG_PORT + 1))
NODE_BASE_PORT=$((PG_PORT + 10))
declare -A NODE_PIDS=()

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  set +e
  for pid in "${NODE_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  [ -d "$WORK/pg" ] && as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

start_postgres() {
  mkdir -p "$WORK/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$WORK/pg"
  as_postgres "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  cat >> "$WORK/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pg'
max_connections = 200
shared_buffers = 256MB
CONF
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w start >/dev/null
}

psql_query() {
  "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc "$1"
}

# start_node N [demo-content]: node N on its own port and data directory; waits until it answers its health check
start_node() {
  local n=$1 demo=${2:-false} port=$((NODE_BASE_PORT + $1))
  mkdir -p "$WORK/node$n"
  TOASOAN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" TOASOAN_DB_USER=postgres TOASOAN_DB_PASSWORD= \
  TOASOAN_DATA_DIR="$WORK/node$n" TOASOAN_NODE_NAME="node$n" TOASOAN_DEMO_CONTENT=$demo \
  TOASOAN_ADMIN_EMAIL=$ADMIN_EMAIL TOASOAN_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    "$JAVA" "-Xmx$HEAP" -jar "$JAR" --server.port="$port" > "$WORK/node$n.log" 2>&1 &
  NODE_PIDS[$n]=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 "${NODE_PIDS[$n]}" 2>/dev/null || { echo "node $n exited:"; tail -20 "$WORK/node$n.log"; exit 1; }
    sleep 0.5
  done
  echo "node $n did not start"; tail -20 "$WORK/node$n.log"; exit 1
}

node_port() { echo $((NODE_BASE_PORT + $1)); }

# nginx_for "1 2 3": deploy/nginx/cluster.conf's proxying, to these nodes, on NGINX_PORT; started or reloaded
nginx_for() {
  local servers=""
  for n in $1; do servers+="        server 127.0.0.1:$(node_port "$n") max_fails=3 fail_timeout=10s;"$'\n'; done
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    upstream toasoan_nodes {
$servers        least_conn;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 11m;
        location / { proxy_pass http://toasoan_nodes; }
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        proxy_next_upstream error timeout http_502 http_503 http_504;
        proxy_next_upstream_tries 2;
        proxy_next_upstream_timeout 10s;
        proxy_connect_timeout 2s;
        proxy_read_timeout 60s;
    }
}
CONF
  if [ -f "$WORK/nginx.pid" ] && kill -0 "$(cat "$WORK/nginx.pid")" 2>/dev/null; then
    nginx -p "$WORK" -c "$WORK/nginx.conf" -s reload
    sleep 1
  else
    nginx -p "$WORK" -c "$WORK/nginx.conf"
  fi
}

# an article's public path, from the home page
some_article() {
  curl -fs "http://127.0.0.1:$NGINX_PORT/" | grep -o 'href="/[a-z0-9-]*-[0-9]*\.html"' | head -1 | cut -d'"' -f2
}
