#!/usr/bin/env bash
# ctest driver: the official JS SDK against fresh sandbox portals.
# Usage: run-peer.sh B24_SANDBOX_BINARY WORK_DIR [B24_CLI_BINARY]
# Exit 77 (skipped) when npm cannot install the SDK; otherwise the peer scripts' verdict.
# With B24_CLI_BINARY, the REST 3.0 part runs too (peer-v3.mjs: the SDK's actions.v3 beside b24-cli).
set -u
sandbox_bin="$1"
work="$2"
cli_bin="${3:-}"
. "$(dirname "$0")/peerlib.sh"

peer_install "$work/npm" || exit $?

# No `task` scope: the peer script expects insufficient_scope from tasks.task.list.
sandbox_start "$sandbox_bin" "$work/run" --seed 7 --data deals=260 --scope crm,user --plan standard \
    --log "$work/run/requests.jsonl" || exit 1
trap sandbox_stop EXIT

NODE_EXTRA_CA_CERTS="$SANDBOX_CERT" node "$work/npm/peer.mjs" "$SANDBOX_URL" || exit 1
sandbox_stop
[ -n "$cli_bin" ] || exit 0

# REST 3.0: 137 tasks are three pages of tasks.task.list (50 rows at most per page).
sandbox_start "$sandbox_bin" "$work/run-v3" --seed 7 --data tasks=137 --scope crm,user,task --plan standard \
    --log "$work/run-v3/requests.jsonl" || exit 1
NODE_EXTRA_CA_CERTS="$SANDBOX_CERT" node "$work/npm/peer-v3.mjs" "$SANDBOX_URL" "$cli_bin" "$SANDBOX_CERT"
