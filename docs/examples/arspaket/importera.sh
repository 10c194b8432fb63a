#!/bin/sh
# Posts a year pack to Lägesbild's import endpoint in the order of a set-up: the organisation,
# kostnadsslag and goals first, then budget, utfall, prognos, the case export, the goal outcomes and the report's written sections.
#
#   LAGESBILD_IMPORT_INITIAL_TOKEN=… docs/examples/arspaket/importera.sh [URL] [DIRECTORY]
#
# URL defaults to http://localhost:8080, DIRECTORY to this script's own. The token is
# LAGESBILD_IMPORT_TOKEN if set, otherwise LAGESBILD_IMPORT_INITIAL_TOKEN. Stops at the first file
# that is not imported and prints Lägesbild's answer (every error with file, row and column).
set -eu
url=${1:-http://localhost:8080}
dir=${2:-$(dirname "$0")}
token=${LAGESBILD_IMPORT_TOKEN:-${LAGESBILD_IMPORT_INITIAL_TOKEN:?Set LAGESBILD_IMPORT_INITIAL_TOKEN (or LAGESBILD_IMPORT_TOKEN)}}
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
for kind in struktur-organisation struktur-kostnadsslag struktur-mal budget utfall prognos utredningar malutfall \
            rapport-texter rapport-atgarder rapport-uppdrag rapport-risker rapport-arshjul rapport-sjukfranvaro \
            rapport-lex-sarah rapport-verksamhetsmatt rapport-kolada rapport-prioriteringar; do
  for file in "$dir"/"$kind"-*.csv; do
    [ -e "$file" ] || continue
    status=$(curl -sS -o "$answer" -w '%{http_code}' -H "Authorization: Bearer $token" \
                  -F "file=@$file" "${url%/}/api/import/$kind")
    if [ "$status" != 200 ]; then
      echo "$(basename "$file"): $status" >&2
      cat "$answer" >&2
      echo >&2
      exit 1
    fi
    echo "$(basename "$file"): $(cat "$answer")"
  done
done
