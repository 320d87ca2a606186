#!/usr/bin/env bash
# Proves that scripts/bootstrap.sh installs everything this build needs on a fresh Debian 12:
# every file below /usr that the build uses maps (dpkg -S) to a package in the closure of
# bootstrap's list (the packages plus what apt installs with them, no recommends). A machine
# that happens to have an extra package installed cannot hide a gap this way.
#
#   check-debian-deps.sh BUILD_DIR SOURCE_DIR QT_PLUGIN_DIR
#   check-debian-deps.sh --expect-missing "PKG..." BUILD_DIR SOURCE_DIR QT_PLUGIN_DIR
#
# Files checked: what CMake's configure read (the regeneration inputs in build.ninja or
# CMakeFiles/Makefile.cmake), the programs and libraries the build commands name (compilers,
# moc, rcc, the Qt libraries), the shared libraries every built ELF binary links (ldd), and
# what the app dlopens (packaging/runtime-dlopen.txt).
#
# GROUPDESK_DEPS_WITHOUT="pkg ..." drops packages from bootstrap's list first. With
# --expect-missing the check must FAIL and name each given package: the self-test proving
# that a package removed from bootstrap's list is caught.
set -euo pipefail

if [[ ${1:-} == --expect-missing ]]; then
    expected=$2
    shift 2
    set +e
    out=$(GROUPDESK_DEPS_WITHOUT=$expected "$0" "$@" 2>&1)
    rc=$?
    set -e
    printf '%s\n' "$out"
    if [[ $rc -eq 0 ]]; then
        echo "SELF-TEST FAILED: the check passed although bootstrap's list lacked: $expected"
        exit 1
    fi
    for pkg in $expected; do
        if ! grep -q "^MISSING package $pkg " <<<"$out"; then
            echo "SELF-TEST FAILED: the check failed (exit $rc) but did not name the package $pkg"
            exit 1
        fi
    done
    echo "self-test passed: without '$expected' the check fails and names it"
    exit 0
fi

[[ $# -eq 3 ]] || {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}
BUILD=$(readlink -f "$1")
SOURCE=$(readlink -f "$2")
PLUGINS=$3
DLOPEN_LIST=$SOURCE/packaging/runtime-dlopen.txt
die() {
    echo "check-debian-deps: $*" >&2
    exit 2
}
for tool in apt-cache dpkg-query ldd ldconfig; do
    command -v "$tool" >/dev/null || die "$tool is missing: this check needs Debian's apt and dpkg"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# set -e must never end the check without saying where.
trap 'echo "check-debian-deps: internal error at line $LINENO" >&2' ERR

# --- 1. bootstrap's packages and their closure (one apt-cache call for the whole run) ---
mapfile -t packages < <("$SOURCE/scripts/bootstrap.sh" --print-packages)
[[ ${#packages[@]} -gt 0 ]] || die "scripts/bootstrap.sh --print-packages printed nothing"
if [[ -n ${GROUPDESK_DEPS_WITHOUT:-} ]]; then
    kept=()
    for pkg in "${packages[@]}"; do
        [[ " $GROUPDESK_DEPS_WITHOUT " == *" $pkg "* ]] || kept+=("$pkg")
    done
    echo "without (GROUPDESK_DEPS_WITHOUT): $GROUPDESK_DEPS_WITHOUT"
    packages=("${kept[@]}")
fi
if ! apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${packages[@]}" >"$tmp/depends" 2>"$tmp/depends.err"; then
    die "apt-cache depends failed (run 'apt-get update'?): $(cat "$tmp/depends.err")"
fi
# Package names start a line; dependency lines are indented, virtual packages are <name>.
# Essential packages are on every Debian system, so nothing depends on them explicitly.
{
    grep -v -e '^ ' -e '^<' "$tmp/depends" | sed 's/:.*//'
    dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }'
} | sort -u >"$tmp/closure"
echo "bootstrap installs ${#packages[@]} packages; with their dependencies: $(wc -l <"$tmp/closure")"

# --- 2. the files the build uses, each with the reason ("file<TAB>needed by") ---
# Only files outside the source and build trees count: /usr, and /lib, /bin through merged /usr.
system_file() {
    case $1 in
        "$SOURCE"/* | "$BUILD"/*) return 1 ;;
        /usr/* | /lib/* | /lib64/* | /bin/* | /sbin/*) [[ -f $1 ]] ;;
        *) return 1 ;;
    esac
}

: >"$tmp/needs"
if [[ -f $BUILD/build.ninja ]]; then
    # "build build.ninja: RERUN_CMAKE <verify> | <inputs...>": the configure's inputs.
    grep '^build build.ninja: RERUN_CMAKE' "$BUILD/build.ninja" | sed 's/^[^|]*|//' | tr ' ' '\n' >"$tmp/configure"
    build_file=$BUILD/build.ninja
elif [[ -f $BUILD/CMakeFiles/Makefile.cmake ]]; then
    sed -n '/^set(CMAKE_MAKEFILE_DEPENDS/,/^ *)/p' "$BUILD/CMakeFiles/Makefile.cmake" \
        | tr -d '"' | tr -s ' ' '\n' >"$tmp/configure"
    # The Makefile generator spreads the commands over each target's build.make, flags.make
    # and link.txt.
    find "$BUILD" \( -name build.make -o -name flags.make -o -name link.txt \) -print0 \
        | xargs -0 cat >"$tmp/build.make"
    build_file=$tmp/build.make
else
    die "$BUILD has neither build.ninja nor CMakeFiles/Makefile.cmake: configure it first"
fi
while read -r file; do
    if system_file "$file"; then printf '%s\tread by CMake'"'"'s configure\n' "$file"; fi
done <"$tmp/configure" >>"$tmp/needs"
[[ -s $tmp/needs ]] || die "found no configure inputs below /usr in $BUILD"

# Programs and libraries the build commands name: compilers, ccache, moc/rcc/lrelease, libs.
grep -o '/usr/[^ ;:"$)]*' "$build_file" | sort -u | while read -r file; do
    if system_file "$file"; then printf '%s\tnamed by the build commands in %s\n' "$file" "${build_file##*/}"; fi
done >>"$tmp/needs"

# Every ELF binary the build made, and what it links (resolved by the dynamic loader). Not the
# compiler probes in CMakeFiles, nor the copies the .deb test (deb_contents) packs and unpacks.
find "$BUILD" -path "$BUILD/CMakeFiles" -prune -o -path "$BUILD/tests/packaging/deb" -prune -o -type f \
    \( -perm -u+x -o -name '*.so*' \) -print | while read -r bin; do
    if [[ $(head -c 4 "$bin" | od -An -c | tr -d ' ') == 177ELF ]]; then printf '%s\n' "$bin"; fi
done >"$tmp/binaries"
[[ -s $tmp/binaries ]] || die "no built binaries in $BUILD: build first"
while read -r bin; do
    # "libfoo.so.1 => /path (0x...)", or the loader itself "/lib64/ld-linux-x86-64.so.2 (0x...)".
    ldd "$bin" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' \
        | while read -r lib; do
            if [[ $lib != /* ]]; then continue; fi
            if system_file "$lib"; then printf '%s\tlinked by %s\n' "$lib" "${bin#"$BUILD"/}"; fi
        done
    if ldd "$bin" 2>/dev/null | grep -q 'not found'; then
        printf 'UNRESOLVED\t%s: %s\n' "${bin#"$BUILD"/}" "$(ldd "$bin" | grep 'not found' | tr -s ' \t' ' ')"
    fi
done <"$tmp/binaries" >>"$tmp/needs"

# What the app dlopens: the committed list, with the package each file must belong to.
: >"$tmp/declared"
while read -r pkg file why; do
    [[ -z $pkg || $pkg == \#* ]] && continue
    case $file in
        plugins/*) path=$PLUGINS/${file#plugins/} ;;
        # No early exit in awk (SIGPIPE under pipefail) and ldconfig may live only in /sbin.
        *) path=$({ ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true; } \
            | awk -v so="$file" '$1 == so && !p { p = $NF } END { print p }') ;;
    esac
    if [[ -z $path || ! -f $path ]]; then
        printf 'MISSING package %s (file %s is not installed; %s: %s)\n' \
            "$pkg" "$file" "${DLOPEN_LIST#"$SOURCE"/}" "$why" >>"$tmp/failures"
        continue
    fi
    printf '%s\t%s\n' "$path" "$pkg" >>"$tmp/declared"
    printf '%s\tdlopen()ed: %s\n' "$path" "$why" >>"$tmp/needs"
done <"$DLOPEN_LIST"

# --- 3. owners: one dpkg -S for all files, trying the merged-/usr twin and the real path ---
grep -v '^UNRESOLVED' "$tmp/needs" | cut -f1 | sort -u >"$tmp/files"
xargs -d '\n' realpath -e <"$tmp/files" >"$tmp/realpaths"
paste "$tmp/files" "$tmp/realpaths" >"$tmp/real"
# "file<TAB>candidate", in the order to try: as named, its /usr twin, the real path, its twin.
awk -F'\t' 'function twin(p) { return p ~ /^\/usr\// ? substr(p, 5) : "/usr" p }
    { print $1 "\t" $1; print $1 "\t" twin($1); print $1 "\t" $2; print $1 "\t" twin($2) }' \
    "$tmp/real" >"$tmp/candidates"
cut -f2 "$tmp/candidates" | sort -u | xargs -d '\n' dpkg-query -S 2>/dev/null \
    | grep -v '^diversion by' | sed 's/:[a-z0-9]*\(, \|: \)/\1/g' >"$tmp/owners" || true

# One pass decides every file: owners (first candidate dpkg knows), declared package, closure.
awk -F'\t' -v list="${DLOPEN_LIST#"$SOURCE"/}" -v closure="$tmp/closure" -v owners="$tmp/owners" \
    -v cands="$tmp/candidates" -v declared="$tmp/declared" -v failures="$tmp/failures" -v count="$tmp/count" '
    BEGIN {
        while ((getline line < closure) > 0) inClosure[line] = 1
        while ((getline line < owners) > 0) {
            i = index(line, ": "); path = substr(line, i + 2)
            owner[path] = substr(line, 1, i - 1)   # "pkg" or "pkg1, pkg2"
        }
        while ((getline line < cands) > 0) {
            split(line, c, "\t")
            if (!(c[1] in found) && (c[2] in owner)) found[c[1]] = owner[c[2]]
        }
        while ((getline line < declared) > 0) { split(line, d, "\t"); decl[d[1]] = d[2] }
    }
    $1 == "UNRESOLVED" { print "UNRESOLVED library for " $2 > failures; next }
    $1 in seen { next }
    {
        seen[$1] = 1
        checked++
        if (!($1 in found)) { print "UNOWNED file " $1 " (no Debian package owns it; needed by " $2 ")" > failures; next }
        n = split(found[$1], pkgs, ", "); ok = 0; hasDecl = ($1 in decl); isDeclared = 0
        for (i = 1; i <= n; i++) { if (pkgs[i] in inClosure) ok = 1; if (hasDecl && pkgs[i] == decl[$1]) isDeclared = 1 }
        if (hasDecl && !isDeclared)
            print "WRONG package " decl[$1] " in " list " for " $1 " (dpkg says: " found[$1] ")" > failures
        if (!ok) {
            if (!(pkgs[1] in missing)) { missing[pkgs[1]] = $1 " (" $2 ")"; order[++nmissing] = pkgs[1] }
            files[pkgs[1]]++
        }
    }
    END {
        for (i = 1; i <= nmissing; i++) {
            p = order[i]; more = files[p] > 1 ? " and " files[p] - 1 " more files" : ""
            print "MISSING package " p " (not installed by scripts/bootstrap.sh): needed for " missing[p] more > failures
        }
        print checked + 0 > count
    }' "$tmp/needs"
checked=$(cat "$tmp/count")
touch "$tmp/failures"

echo "checked $checked files: configure inputs, build commands, $(wc -l <"$tmp/binaries") binaries' libraries, dlopen list"
if [[ -s $tmp/failures ]]; then
    sort -u "$tmp/failures"
    echo "FAIL: add the MISSING packages to PACKAGES in scripts/bootstrap.sh (run-time ones also to packaging/runtime-dlopen.txt)"
    exit 1
fi
echo "PASS: every file maps to a package scripts/bootstrap.sh installs"
