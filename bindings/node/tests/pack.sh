#!/bin/sh
# make test-pack: the npm tarball as a user gets it. Usage: pack.sh TARBALL DIR VERSION.
#
# The tarball must hold exactly the package's files and the prebuilt addon;
# `npm install TARBALL` in an empty project (no network needed: the package
# has no dependencies) with no cargo on PATH; then the package is used from
# CommonJS, from ESM and from a worker thread. VERSIONS_DIR, if set,
# receives the versions seen (the tarball's name, the installed
# package.json, the module's `version`).
set -eu
tarball=$1 dir=$2 version=$3
fail() { echo "test-pack: $*" >&2; exit 1; }

case $tarball in *"smh-errors-$version.tgz") ;; *) fail "$tarball is not smh-errors-$version.tgz" ;; esac
files=$(tar tzf "$tarball" | sort | tr '\n' ' ')
want="package/README.md package/index.d.ts package/index.js package/index.mjs package/package.json package/smh-errors.linux-x64-gnu.node "
[ "$files" = "$want" ] || fail "the tarball holds: $files; want: $want"

# A PATH with node and npm but no cargo, rustc or rustup.
rm -rf "$dir" && mkdir -p "$dir/bin" "$dir/project"
for t in node npm npx sh; do ln -s "$(command -v $t)" "$dir/bin/$t"; done
for t in cargo rustc rustup; do
  if PATH=$dir/bin:/usr/bin:/bin command -v $t >/dev/null 2>&1; then
    fail "$t is on the test PATH ($(PATH=$dir/bin:/usr/bin:/bin command -v $t)): the test would not show that none is needed"
  fi
done
export PATH="$dir/bin:/usr/bin:/bin"
export npm_config_cache="$dir/npm-cache"

cd "$dir/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error --offline "$tarball" >/dev/null
[ -f node_modules/smh-errors/smh-errors.linux-x64-gnu.node ] || fail "the addon was not installed"

cjs=$(env -u SMH_ERRORS_LOCALE -u LANG -u LC_ALL node -e '
  const smh = require("smh-errors")
  const e = smh.parseResponse(Buffer.from(JSON.stringify({ Response: { Error: { Code: "AuthFailure.SignatureFailure",
    Message: "The provided credentials could not be validated. Please check your signature is correct." }, RequestId: "r-1" } })))
  if (!(e instanceof smh.AuthFailureError)) throw new Error("not an AuthFailureError: " + e)
  console.log(smh.version)
  console.log(e.localized("zh-CN"))
  console.log(e.detail("zh-CN").message)
  console.log(smh.message("ResourceNotFound.Library"))
')
[ "$(echo "$cjs" | sed -n 1p)" = "$version" ] || fail "require: version $(echo "$cjs" | sed -n 1p)"
echo "$cjs" | sed -n 2p | grep -q '^签名错误' || fail "require: localized: $(echo "$cjs" | sed -n 2p)"
[ "$(echo "$cjs" | sed -n 3p)" = "无法验证所提供的凭证。请检查签名是否正确。" ] || fail "require: detail: $(echo "$cjs" | sed -n 3p)"
[ "$(echo "$cjs" | sed -n 4p)" = "The media library does not exist or does not belong to your account." ] ||
  fail "require: default locale: $(echo "$cjs" | sed -n 4p)"

cat > esm.mjs <<'EOF'
import { message, AuthFailureError, parseResponse, version } from 'smh-errors'
import smh from 'smh-errors'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
const require = createRequire(import.meta.url)
if (require('smh-errors') !== smh) throw new Error('ESM and CommonJS see different modules')
const e = parseResponse('{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure"}}}')
if (!(e instanceof AuthFailureError)) throw new Error('not an AuthFailureError')
const w = new Worker("const { parentPort } = require('node:worker_threads'); parentPort.postMessage(require('smh-errors').message('ActionOffline', 'zh-CN'))", { eval: true })
const inWorker = await new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject) })
console.log(version)
console.log(message('ActionOffline', 'zh_CN.UTF-8') === inWorker ? inWorker : 'worker differs: ' + inWorker)
EOF
esm=$(node esm.mjs)
[ "$(echo "$esm" | sed -n 1p)" = "$version" ] || fail "import: version $(echo "$esm" | sed -n 1p)"
[ "$(echo "$esm" | sed -n 2p)" = "接口已下线。" ] || fail "import and worker: $(echo "$esm" | sed -n 2p)"
installed=$(node -p 'require("smh-errors/package.json").version')
[ "$installed" = "$version" ] || fail "the installed package.json says $installed"

if [ -n "${VERSIONS_DIR:-}" ]; then
  mkdir -p "$VERSIONS_DIR"
  basename "$tarball" .tgz | sed 's/^smh-errors-//' > "$VERSIONS_DIR/npm-tarball"
  echo "$installed" > "$VERSIONS_DIR/npm-package"
  echo "$cjs" | sed -n 1p > "$VERSIONS_DIR/node"
fi
echo "test-pack: 1 passed, 0 failed (npm install of $(basename "$tarball") with no cargo on PATH; require, import, a worker)"
