#!/usr/bin/env bash
set -u

hosts=(web1 web2 web3)
declare -A pid_host
for host in "${hosts[@]}"; do
  ssh -o BatchMode=yes "$host" 'sudo systemctl reload nginx' &
  pid_host[$!]=$host
done

failed=0
for pid in "${!pid_host[@]}"; do
  if ! wait "$pid"; then
    echo "reload failed on ${pid_host[$pid]}" >&2
    failed=1
  fi
done
exit "$failed"
