#!/usr/bin/env bash
# The test matrix: every test tier in Debian 13 (QGIS 3.40 LTR) and Debian unstable (QGIS 3.44),
# each in a debootstrap chroot under build/matrix/<suite> (kept and reused between runs).
#
#   scripts/matrix.sh [suite...]        (`make test-matrix`; default: trixie sid)
#
# proc/sys/dev are mounted for the run and always unmounted, failure included.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=(trixie sid)
# Packages a QGIS user of that distribution has, plus the test tools (pytest-qgis comes from PyPI).
PACKAGES="qgis python3-qgis qgis-providers qgis-provider-grass- python3-pyproj python3-gdal python3-shapely \
python3-ezdxf python3-jinja2 python3-scipy python3-pytest python3-venv python3-pip proj-bin proj-data \
xvfb xauth poppler-utils zip ca-certificates locales"
# Unstable also gets PyQt6, against which the plugin's Qt names are resolved (QGIS 4 readiness).
EXTRA_sid="python3-pyqt6"

# The Debian mirror this machine's apt already uses (read, not written here).
mirror() {
  local uri
  uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
        | grep -v security | head -n1 | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' \
        | awk '{print $1}')
  echo "${uri:-http://deb.debian.org/debian}"
}

mounted=()
unmount_all() {
  local m
  for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT INT TERM

mount_in() {  # suite dir
  local dir=$1 m
  for m in proc sys dev dev/pts; do
    mkdir -p "$dir/$m"
    case $m in
      proc) mount -t proc proc "$dir/proc" ;;
      sys) mount -t sysfs sys "$dir/sys" ;;
      dev) mount --bind /dev "$dir/dev" ;;
      dev/pts) mount -t devpts devpts "$dir/dev/pts" ;;
    esac && mounted=("$dir/$m" "${mounted[@]}")
  done
}

in_chroot() {  # dir command...
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1 CI="${CI:-}" "$@"
}

build_env() {  # suite dir
  local suite=$1 dir=$2 mirror_uri extra_var="EXTRA_$1" packages
  mirror_uri=$(mirror)
  packages="$PACKAGES ${!extra_var:-}"
  if [ ! -x "$dir/usr/bin/apt-get" ] || [ ! -f "$dir/.debootstrapped" ]; then
    echo "== $suite: debootstrap into $dir"
    rm -rf "$dir"; mkdir -p "$dir"
    debootstrap --variant=minbase "$suite" "$dir" "$mirror_uri" >"$dir.debootstrap.log" 2>&1 \
      || { tail -n 30 "$dir.debootstrap.log"; return 1; }
    touch "$dir/.debootstrapped"
  fi
  if [ ! -f "$dir/.ready" ] || [ "$(cat "$dir/.ready")" != "$packages" ]; then
    echo "== $suite: installing QGIS and the test tools"
    echo "deb $mirror_uri $suite main" >"$dir/etc/apt/sources.list"
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    mount_in "$dir"
    in_chroot "$dir" apt-get -q -o Acquire::Check-Valid-Until=false update >/dev/null || return 1
    # shellcheck disable=SC2086
    in_chroot "$dir" apt-get install -y -q --no-install-recommends $packages >"$dir.apt.log" 2>&1 \
      || { tail -n 30 "$dir.apt.log"; unmount_all; return 1; }
    # pip reaches PyPI through this machine's certificate authorities
    mkdir -p "$dir/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
    in_chroot "$dir" update-ca-certificates >/dev/null 2>&1
    in_chroot "$dir" python3 -m venv --system-site-packages /opt/venv || { unmount_all; return 1; }
    in_chroot "$dir" /opt/venv/bin/pip install -q pytest-qgis pytest-qt || { unmount_all; return 1; }
    unmount_all
    echo "$packages" >"$dir/.ready"
  fi
}

run_suite() {  # suite
  local suite=$1 dir="$ROOT/build/matrix/$1" rc=0
  build_env "$suite" "$dir" || { echo "== $suite: environment could not be built"; return 1; }
  [ -z "${MATRIX_BUILD_ONLY:-}" ] || return 0
  # The working tree as it is (not only what is committed), without the host's venv and outputs.
  rm -rf "$dir/src" && mkdir -p "$dir/src"
  tar -C "$ROOT" --exclude=./.venv --exclude=./build --exclude=./.make --exclude=./tests/artifacts \
      --exclude='*/__pycache__' -cf - . | tar -C "$dir/src" -xf -
  mount_in "$dir"
  echo "== $suite: $(in_chroot "$dir" dpkg-query -W -f='QGIS ${Version}' qgis)"
  cp "$ROOT/canevas.zip" "$dir/src/canevas.zip"
  in_chroot "$dir" bash -c "cd /src && CANEVAS_ENV=$suite \
      QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root PYTHONPATH=/usr/share/qgis/python/plugins \
      scripts/test_tiers.sh /opt/venv/bin/python" || rc=$?
  mkdir -p "$ROOT/tests/artifacts/$suite"
  cp -r "$dir/src/tests/artifacts/." "$ROOT/tests/artifacts/$suite/" 2>/dev/null || true
  unmount_all
  return $rc
}

failed=()
for suite in "${SUITES[@]}"; do
  run_suite "$suite" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== test-matrix FAILED on: ${failed[*]}"
  exit 1
fi
echo "== test-matrix passed on: ${SUITES[*]}"
