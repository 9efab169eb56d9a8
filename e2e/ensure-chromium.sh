#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium to drive. Playwright cannot download its own browser on every
# machine, so the tests use the system's (see findBrowser.ts). On a Debian machine where we are root, install
# Debian's chromium; anywhere else, say what to install and stop.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then exit 0; fi
done
if [ -d "$HOME/.cache/ms-playwright" ] && ls "$HOME"/.cache/ms-playwright/chromium-* >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "e2e: no Chromium found; installing Debian's chromium (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
e2e: no Chromium found. Install one, then run the tests again:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:     npx playwright install chromium
or set CHROMIUM_PATH to a Chromium or Chrome binary.
MSG
exit 1
