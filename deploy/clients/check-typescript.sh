#!/usr/bin/env bash
# Type-checks the TypeScript clients generated from docs/openapi (by this module's build, under
# target/typescript) and a frontend's use of them (src/test/typescript), with `strict` on.
# TypeScript comes from the npm registry at the version pinned here, into a directory outside the
# checkout. Run after `mvn install` (or `mvn verify`), which generates the clients.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
typescript_version=7.0.2
tools="${BASTION_TS_TOOLS:-${TMPDIR:-/tmp}/bastion-typescript}"
if [ ! -d "$here/target/typescript" ]; then
  echo "no generated clients in $here/target/typescript: run mvn install first" >&2
  exit 1
fi
mkdir -p "$tools"
(cd "$tools" && [ -x node_modules/.bin/tsc ] && [ "$(node_modules/.bin/tsc --version)" = "Version $typescript_version" ] \
  || npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error "typescript@$typescript_version" >/dev/null)
"$tools/node_modules/.bin/tsc" --noEmit --strict --target es2020 --module es2020 --moduleResolution bundler \
  --lib es2020,dom "$here"/target/typescript/*/index.ts "$here/src/test/typescript/consumer.ts"
echo "the generated TypeScript clients and their use type-check (TypeScript $typescript_version, strict)"
