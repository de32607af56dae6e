#!/usr/bin/env bash
# Tools some tests use beyond Python: Debian's chromium (renders the digest; with chromium-driver it
# drives the workbench's browser tests) and docker-compose
# (validates docker-compose.yml offline). Installed only when missing and when we may (root + apt);
# otherwise those tests skip with a reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: ${need[*]} not installed (needs root and apt-get); the tests that use them will skip" >&2
    exit 0
fi
echo "installing ${need[*]} from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "note: could not install ${need[*]}; the tests that use them will skip" >&2
exit 0
