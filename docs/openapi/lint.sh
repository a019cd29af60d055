#!/usr/bin/env bash
# Lints every service's checked-in OpenAPI document (which OpenApiContract keeps equal to the served
# one): redocly's recommended rules and spectral's spectral:oas, failing on any error. The tools come
# from the npm registry at the versions package.json pins, into a directory outside the checkout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools="${BASTION_LINT_TOOLS:-${TMPDIR:-/tmp}/bastion-openapi-lint}"
mkdir -p "$tools"
cp "$here/package.json" "$tools/package.json"
(cd "$tools" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
status=0
for document in "$here"/*-service.json; do
  echo "== $(basename "$document")"
  if ! report="$("$tools/node_modules/.bin/redocly" lint --extends recommended --format summary "$document" 2>&1)"; then
    status=1
  fi
  grep -E '^(error|warning) |Validation failed|valid' <<<"$report" || true
  "$tools/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity error "$document" || status=1
done
exit $status
