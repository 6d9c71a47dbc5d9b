# Sourced by the service scripts: `start_service BINARY` starts `BINARY serve` on a free
# loopback port, sets $base to its URL, stops it when the script exits, and waits until it
# answers /healthz.
start_service() {
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$1" serve --port "$port" &
    service_pid=$!
    trap 'kill "$service_pid" 2>/dev/null || true' EXIT
    base="http://127.0.0.1:$port"
    for _ in $(seq 100); do
        curl -fsS "$base/healthz" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "the service did not start" >&2
    return 1
}
