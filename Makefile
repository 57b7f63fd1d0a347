# Canevas — every set-up step lives here: `make test` and `make demo` work on a fresh Debian 12.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-providers proj-data xvfb python3-pyproj python3-gdal \
                poppler-utils qttools5-dev-tools zip
PIP_PACKAGES := pytest-qgis pytest-qt "shapely>=2" "numpy<2"
QGIS_ENV := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$$USER PYTHONPATH=/usr/share/qgis/python/plugins
STAMP := .make

.PHONY: setup apt venv translations update-ts test test-core demo package sample layouts qgis-python-deps clean

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
	@touch $@

# Compiled French translation (i18n/canevas_fr.qm) from the committed .ts.
translations: i18n/canevas_fr.qm
i18n/canevas_fr.qm: i18n/canevas_fr.ts
	lrelease -silent $< -qm $@

# Refresh the .ts from the sources (new strings appear untranslated; tests then fail until translated).
update-ts: venv
	$(PY) i18n/update_ts.py

test: setup
	$(PY) -m pytest -p no:pytest_qgis -p no:pytestqt tests/core -q
	$(QGIS_ENV) $(PY) -m pytest tests/qgis -q

test-core: venv
	$(PY) -m pytest -p no:pytest_qgis -p no:pytestqt tests/core -q

demo: setup
	$(QGIS_ENV) $(PY) scripts/demo.py demo-output

sample: venv
	$(PY) scripts/build_sample.py

layouts: setup
	$(QGIS_ENV) $(PY) scripts/build_layouts.py

# The leveling density tools need shapely >= 2 in QGIS' own Python (Debian ships none in bookworm).
qgis-python-deps:
	$(PY_SYS) -m pip install --user --break-system-packages "shapely>=2" "numpy<2"

package: translations
	rm -rf build/package canevas.zip && mkdir -p build/package
	git archive --format=tar --prefix=canevas/ HEAD | tar -x -C build/package
	cp i18n/canevas_fr.qm build/package/canevas/i18n/
	cd build/package/canevas && rm -rf tests bench docs .ci scripts Makefile pytest.ini .gitignore
	cd build/package && zip -q -r ../../canevas.zip canevas -x '*/__pycache__/*' '*.pyc'
	@echo "Built canevas.zip (QGIS: Plugins > Manage and Install Plugins > Install from ZIP)"

clean:
	rm -rf build $(STAMP) demo-output canevas.zip tests/artifacts
