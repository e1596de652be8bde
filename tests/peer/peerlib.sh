# Shared by tests/peer/run-peer.sh and tests/bench/run.sh (sourced, bash).
# peer_install DIR: installs the pinned JS SDK (tests/peer/package-lock.json) into DIR/node_modules
#   and copies the peer scripts next to it. Returns 77 when npm or the registry is unavailable.
# sandbox_start BIN DIR ARGS...: starts b24-sandbox, sets SANDBOX_PID, SANDBOX_URL, SANDBOX_CERT.
# sandbox_stop: SIGTERM to the sandbox we started, then waits for it.

PEER_SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

peer_install() {
    local dir="$1"
    mkdir -p "$dir"
    cp "$PEER_SRC_DIR/package.json" "$PEER_SRC_DIR/package-lock.json" "$PEER_SRC_DIR/.npmrc" \
        "$PEER_SRC_DIR"/*.mjs "$dir/"
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "SKIP: node/npm not installed; the JS SDK peer cannot run" >&2
        return 77
    fi
    # npm ci only when the lock file changed since the last install in this build tree.
    if [ -f "$dir/node_modules/.b24-lock" ] &&
        cmp -s "$dir/package-lock.json" "$dir/node_modules/.b24-lock"; then
        return 0
    fi
    if ! (cd "$dir" && timeout 300 npm ci --no-audit --no-fund --loglevel=error \
        >"$dir/npm-ci.log" 2>&1); then
        tail -5 "$dir/npm-ci.log" >&2
        echo "SKIP: npm ci could not install @bitrix24/b24jssdk (is the npm registry reachable?)" >&2
        return 77
    fi
    cp "$dir/package-lock.json" "$dir/node_modules/.b24-lock"
}

sandbox_start() {
    local bin="$1" dir="$2"
    shift 2
    mkdir -p "$dir"
    SANDBOX_CERT="$dir/sandbox-cert.pem"
    rm -f "$dir/sandbox.url" "$SANDBOX_CERT"
    # The portal gets SIGTERM when this shell dies in a way its EXIT trap cannot see (SIGKILL, a timeout).
    local guard=()
    command -v setpriv >/dev/null && guard=(setpriv --pdeathsig TERM --)
    "${guard[@]}" "$bin" --cert-out "$SANDBOX_CERT" "$@" >"$dir/sandbox.url" 2>"$dir/sandbox.err" &
    SANDBOX_PID=$!
    local i
    for i in $(seq 1 600); do
        if [ -s "$dir/sandbox.url" ]; then
            SANDBOX_URL="$(head -n 1 "$dir/sandbox.url")"
            return 0
        fi
        if ! kill -0 "$SANDBOX_PID" 2>/dev/null; then
            cat "$dir/sandbox.err" >&2
            echo "b24-sandbox exited before printing its webhook URL" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "b24-sandbox did not print its webhook URL within 60 s" >&2
    sandbox_stop
    return 1
}

sandbox_stop() {
    if [ -n "${SANDBOX_PID:-}" ]; then
        kill -TERM "$SANDBOX_PID" 2>/dev/null
        wait "$SANDBOX_PID" 2>/dev/null
        SANDBOX_PID=""
    fi
}
