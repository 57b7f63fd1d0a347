"""Make the repository importable as the `canevas` package, as QGIS loads it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared test helpers (desktop_runner)
from canevas_package import make_importable

make_importable()
