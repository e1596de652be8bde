#!/usr/bin/env bash
# ctest driver: the official JS SDK against a fresh sandbox portal.
# Usage: run-peer.sh B24_SANDBOX_BINARY WORK_DIR
# Exit 77 (skipped) when npm cannot install the SDK; otherwise the peer script's verdict.
set -u
sandbox_bin="$1"
work="$2"
. "$(dirname "$0")/peerlib.sh"

peer_install "$work/npm" || exit $?

# No `task` scope: the peer script expects insufficient_scope from tasks.task.list.
sandbox_start "$sandbox_bin" "$work/run" --seed 7 --data deals=260 --scope crm,user --plan standard \
    --log "$work/run/requests.jsonl" || exit 1
trap sandbox_stop EXIT

NODE_EXTRA_CA_CERTS="$SANDBOX_CERT" node "$work/npm/peer.mjs" "$SANDBOX_URL"
