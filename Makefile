# Canevas — every set-up step lives here: `make test` and `make demo` work on a fresh Debian 12.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-providers proj-data proj-bin xvfb xauth python3-pyproj python3-gdal \
                python3-venv python3-pip python3-dev libgeos-dev build-essential \
                poppler-utils qttools5-dev-tools zip git python3-ezdxf python3-jinja2 python3-scipy librecad librecad-data
# Where the system's numpy is 1.x (Debian 12: 1.24, QGIS' GDAL is built for it) numpy is pinned below 2
# and shapely below 2.2 (which needs numpy >= 1.26), so that QGIS' Python keeps the system's numpy.
COMMA := ,
NUMPY_1 := $(shell $(PY_SYS) -c 'import numpy; print(numpy.__version__.startswith("1."))' 2>/dev/null)
NUMPY_PIN := $(if $(filter True,$(NUMPY_1)),"numpy<2",)
# shapely is built from source against the system GEOS, the one QGIS loads (a wheel's own GEOS crashes QGIS).
SHAPELY := --no-binary shapely "shapely>=2.1.1$(if $(filter True,$(NUMPY_1)),$(COMMA)<2.2,)"
PIP_PACKAGES := pytest-qgis pytest-qt ruff $(NUMPY_PIN)
QGIS_ENV := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$$USER PYTHONPATH=/usr/share/qgis/python/plugins \
            PYTHONUNBUFFERED=1
STAMP := .make

.PHONY: setup apt venv translations update-ts test test-core test-installed test-matrix demo package sample \
        layouts qgis-python-deps lint clean

setup: apt venv translations

# Installs the Debian packages only when one is missing: quick on a second run.
apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

venv: $(STAMP)/venv
$(STAMP)/venv: Makefile
	@mkdir -p $(STAMP)
	@[ -x $(PY) ] || $(PY_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	@$(PY) -c 'import shapely, sys; sys.exit(shapely.geos_version_string.split("-")[0] != "'$$(geos-config --version)'")' 2>/dev/null \
	  || $(PY) -m pip install -q --disable-pip-version-check --force-reinstall --no-deps $(SHAPELY)
	@touch $@

# Compiled French translation (i18n/canevas_fr.qm) from the committed .ts.
translations: i18n/canevas_fr.qm
i18n/canevas_fr.qm: i18n/canevas_fr.ts
	lrelease -silent $< -qm $@

# Refresh the .ts from the sources (new strings appear untranslated; tests then fail until translated).
update-ts: venv
	$(PY) i18n/update_ts.py

# Three tiers: core (no QGIS), QGIS (in-process, headless, desktop under Xvfb), and "as installed"
# (the zip in a fresh profile, QGIS' own Python). The same script runs them in the matrix.
test: setup qgis-python-deps package
	$(QGIS_ENV) scripts/test_tiers.sh $(PY)

test-installed: setup qgis-python-deps package
	$(QGIS_ENV) $(PY) -m pytest -p no:pytest_qgis -p no:pytestqt tests/installed -q

# QGIS 3.40 LTR (Debian 13) and 3.44 (Debian unstable) in debootstrap chroots under build/matrix.
test-matrix: translations package
	@command -v debootstrap >/dev/null || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get install -y -q debootstrap; }
	SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); $$SUDO scripts/matrix.sh

# Lint with the committed ruff.toml (complexity budget 12, line length 120).
lint: venv
	$(PY) -m ruff check .

test-core: venv
	$(PY) -m pytest -p no:pytest_qgis -p no:pytestqt tests/core -q

demo: setup
	$(QGIS_ENV) $(PY) scripts/demo.py demo-output

sample: venv
	$(PY) scripts/build_sample.py

layouts: setup
	$(QGIS_ENV) $(PY) scripts/build_layouts.py

# The leveling density tools need shapely >= 2 in QGIS' own Python, linked to the GEOS QGIS uses.
# Debian >= 13 ships it (python3-shapely); Debian 12 does not: build it from source against the
# system GEOS (libgeos-dev), as README's install section tells users. Nothing to do when it is there.
qgis-python-deps:
	@$(PY_SYS) -c 'import shapely, sys; v = shapely.__version__.split("."); sys.exit(not (v[0].isdigit() and int(v[0]) >= 2 and shapely.geos_version_string.split("-")[0] == "'$$(geos-config --version)'"))' 2>/dev/null \
	  || $(PY_SYS) -m pip install -q --user --break-system-packages $(SHAPELY) $(NUMPY_PIN)

# The zip users install: the files git tracks (as they are in the working tree) and the compiled .qm.
package: translations
	rm -rf build/package canevas.zip && mkdir -p build/package/canevas
	git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null \
	  | tar -x -C build/package/canevas
	cp i18n/canevas_fr.qm build/package/canevas/i18n/
	cd build/package/canevas && rm -rf tests bench docs .ci scripts Makefile pytest.ini .gitignore
	cd build/package && zip -q -r ../../canevas.zip canevas -x '*/__pycache__/*' '*.pyc'
	@echo "Built canevas.zip (QGIS: Plugins > Manage and Install Plugins > Install from ZIP)"

# Never removes build/ while a matrix chroot still has /proc, /sys or /dev mounted in it.
clean:
	@! mount | grep -q "$(CURDIR)/build/" || { echo "build/ has mounts: run scripts/matrix.sh's unmount first"; exit 1; }
	rm -rf build $(STAMP) demo-output canevas.zip tests/artifacts
