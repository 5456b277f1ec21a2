#!/usr/bin/env bash
# Installs parley's build dependencies (Debian 12 packages only) and builds it.
# Usage: scripts/setup.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

packages=(cmake g++ ninja-build pkg-config ccache
  libfmt-dev libexpected-dev libyaml-cpp-dev nlohmann-json3-dev libtinyxml2-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libopenmpi-dev openmpi-bin  # `mpirun -np K parley uncertainty ...` (docs/scaling.md)
  libsqlite3-dev  # the results store (--store); its pandas test uses python3-pandas below
  chromium python3)  # the browser test of `parley report` (scripts/browser_test.py)
packages+=(python3-pybind11 python3-pandas python3-matplotlib python3-pytest)  # the Python module
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${PARLEY_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"

# `import parley` in Debian's /usr/bin/python3 without PYTHONPATH: a .pth file
# in this user's site-packages names the module's build folder (the last
# checkout set up wins; docs/python.md).
if [ -d "$build_dir/python/parley" ] && [ -x /usr/bin/python3 ]; then
  user_site=$(/usr/bin/python3 -c 'import site; print(site.getusersitepackages())')
  mkdir -p "$user_site" && echo "$(cd "$build_dir/python" && pwd)" > "$user_site/parley.pth"
fi
