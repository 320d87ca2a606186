#!/usr/bin/env bash
# GroupDesk set-up on Debian 12 (bookworm), from a clean clone:
#
#   ./scripts/bootstrap.sh run    install missing packages, build (release preset), start
#                                 "groupdesk --demo" on the built-in sandbox server
#   ./scripts/bootstrap.sh test   same set-up with the ci preset (-Werror), build everything
#                                 including tests, run ctest; then the asan preset (clang,
#                                 ASan + UBSan, fuzz targets) and its ctest
#                                 (GROUPDESK_TEST_ASAN=0 skips that second stage)
#   ./scripts/bootstrap.sh --print-packages
#                                 print the Debian packages it installs, one a line (the
#                                 packaging test tests/packaging/check-debian-deps.sh reads them)
#
# Packages are installed with apt-get (through sudo when not root); "apt-get update" runs
# only when the package lists are missing or a package has no install candidate.
set -euo pipefail

SCRIPT=$(readlink -f "${BASH_SOURCE[0]}")
cd "$(dirname "$SCRIPT")/.."
ROOT=$(pwd)

# Build and test tools, Qt 6.4 development files, QtKeychain, and the runtime pieces the
# app loads as plugins: the SVG icon engine (libqt6svg6) and the platform plugins.
# Everything the build reads or loads must come from this list or from what apt installs
# with it: the CTest "debian_deps" (label packaging) fails otherwise, naming the package.
# What is loaded with dlopen() (libsecret-1-0, the Qt plugins) is listed with the reason in
# packaging/runtime-dlopen.txt.
PACKAGES=(
    cmake ninja-build g++ ccache file
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsecret-1-0 qt6-webengine-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
    xvfb xauth imagemagick fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev dbus-daemon shellcheck openssl
    clang-format-14 clang-tidy-14
    clang-14 libclang-rt-14-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,15p' "$SCRIPT" | sed 's/^# \{0,1\}//'
    exit 2
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root to run '$*' (install sudo or run as root)"
    fi
}

missing_packages() {
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_packages() {
    command -v dpkg-query >/dev/null || die "this script supports Debian 12 (dpkg/apt) only"
    local missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "all ${#PACKAGES[@]} Debian packages are installed"
        return
    fi
    log "installing: ${missing[*]}"
    local need_update=0 pkg
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        need_update=1
    else
        for pkg in "${missing[@]}"; do
            if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: (none)' \
                || [[ -z $(apt-cache policy "$pkg" 2>/dev/null) ]]; then
                need_update=1
                break
            fi
        done
    fi
    if [[ $need_update -eq 1 ]]; then
        log "apt-get update"
        as_root apt-get update
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

njobs() { nproc 2>/dev/null || echo 2; }

configure_and_build() {
    local preset=$1
    shift
    log "configure (preset $preset)"
    cmake --preset "$preset" "$@"
    log "build (preset $preset, $(njobs) jobs)"
    cmake --build --preset "$preset" --parallel "$(njobs)"
}

run_app() {
    # Only what the window needs: no tests or benchmarks on the way to a first start.
    configure_and_build release -DGROUPDESK_BUILD_TESTS=OFF -DGROUPDESK_BUILD_BENCHMARKS=OFF
    local app="$ROOT/build/release/app/groupdesk"
    local sandbox="$ROOT/build/release/sandbox/groupdesk-sandbox"
    local -a launcher=()
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        log "no display: running under Xvfb (the window is not visible)"
        launcher=(xvfb-run -a)
    fi
    if [[ -x $app ]]; then
        log "starting groupdesk --demo"
        exec "${launcher[@]}" "$app" --demo
    elif [[ -x $sandbox ]]; then
        # Until the desktop app is built, the sandbox server is the runnable part.
        log "groupdesk is not built; starting the sandbox on http://127.0.0.1:8010 instead"
        exec "$sandbox" --port 8010
    else
        die "neither $app nor $sandbox was built"
    fi
}

run_tests() {
    configure_and_build ci -DGROUPDESK_BUILD_TESTS=ON
    # Widget tests set the offscreen platform themselves; this covers anything else.
    export QT_QPA_PLATFORM=offscreen
    log "ctest ($(njobs) jobs)"
    ctest --preset ci --parallel "$(njobs)"
    # The sanitizer stage is part of the test command (issue 17); GROUPDESK_TEST_ASAN=0 skips
    # it, e.g. for a quick local run.
    if [[ ${GROUPDESK_TEST_ASAN:-1} == 0 ]]; then
        log "GROUPDESK_TEST_ASAN=0: skipping the asan stage"
        return 0
    fi
    # Sanitizers and fuzzing: one more build, with clang; the fuzz targets are
    # part of it, so CI pays for two builds in all.
    configure_and_build asan
    log "ctest under ASan + UBSan, with the fuzz targets ($(njobs) jobs)"
    ctest --preset asan --parallel "$(njobs)"
}

[[ $# -eq 1 ]] || usage
case $1 in
    run)
        install_packages
        run_app
        ;;
    test)
        install_packages
        run_tests
        ;;
    --print-packages) printf '%s\n' "${PACKAGES[@]}" ;;
    -h | --help) usage ;;
    *) usage ;;
esac
