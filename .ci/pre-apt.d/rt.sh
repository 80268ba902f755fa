#!/usr/bin/env bash
# Preseed debconf for Request Tracker 5 so that `apt-get install` of .ci/apt.d/rt.txt runs without questions.
# The package's own database and site configuration are NOT used by the tests: tests/integration/rt/provision.sh
# builds an isolated RT instance (config + SQLite database) in a temporary folder. So: no dbconfig, no cron jobs.
set -euo pipefail
command -v debconf-set-selections >/dev/null || exit 0
debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/rtname string pixrma-test
request-tracker5 request-tracker5/organization string pixrma.test
request-tracker5 request-tracker5/correspondaddress string support@pixrma.test
request-tracker5 request-tracker5/commentaddress string support-comment@pixrma.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password unused-by-the-tests
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/database-type select sqlite3
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
exim4-config exim4/dc_local_interfaces string 127.0.0.1
SEL
