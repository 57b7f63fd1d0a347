"""Make the repository importable as the `canevas` package, the name QGIS gives the plugin.

The repository root is the plugin folder; a symlink build/pkg/canevas -> root gives it its package
name whatever the clone's folder is called. Used by the tests and the scripts.
"""

import contextlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_importable():
    pkg_dir = ROOT / "build" / "pkg"
    link = pkg_dir / "canevas"
    if not link.exists():
        pkg_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            os.symlink(ROOT, link, target_is_directory=True)
    if str(pkg_dir) not in sys.path:
        sys.path.insert(0, str(pkg_dir))
