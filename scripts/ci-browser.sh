# Debian's chromium and poppler-utils for the report tests: headless Chromium (driven by
# playwright-core, never a downloaded browser) opens the HTML report, and pdftotext/pdftoppm
# read the PDF report back. Source it (bash): `source scripts/ci-browser.sh &&
# datamin_install_browser_tools` installs whichever is missing (apt-get update first). With
# CI=true the report tests fail, rather than skip, when either tool is still missing.

_datamin_browser_log() { echo "ci-browser: $*" >&2; }

# Runs a command as root: directly when we are root, through sudo -n when that works.
_datamin_browser_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}

datamin_install_browser_tools() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
  # Not a browser tool, but installed the same way: the Databricks fake makes its TLS certificate with openssl.
  command -v openssl >/dev/null 2>&1 || packages+=(openssl)
  [ ${#packages[@]} -eq 0 ] && return 0
  _datamin_browser_log "installing ${packages[*]}"
  _datamin_browser_root apt-get update -qq >/dev/null &&
    _datamin_browser_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null ||
    { _datamin_browser_log "could not install ${packages[*]} (needs root or passwordless sudo)"; return 1; }
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  datamin_install_browser_tools
fi
