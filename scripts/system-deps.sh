#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real: Chromium for the browser tests (its headless shell
# for the pages, the browser for printing documents: tests/support/browser.ts; Firefox ESR and WebKitGTK for a
# smoke run in the other engines), nginx for the hosting tests
# (with its brotli_static module, to serve the build's .br files), openssl for the certificate those serve HTTPS with,
# and Debian's CJK fonts, so that what depends on layout (axe, reflow, tap targets, a poster on one
# page) is measured with the glyphs a phone draws, on every machine alike (without them Chromium
# falls back to whatever the machine has, and prints blank glyphs into the importer's PDF test).
# Runs before `npm test`; does nothing when they are present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
dpkg-query -W -f='${db:Status-Status}' fonts-noto-cjk 2>/dev/null | grep -qx installed || missing+=(fonts-noto-cjk)
# The other engines' smoke run (tests/e2e/other-engines.browser.test.ts): Firefox ESR, and WebKitGTK's
# driver with its MiniBrowser, which has no headless mode and runs on a virtual display (xvfb-run).
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
