"""Make the repository importable as the `canevas` package, as QGIS loads it.

The repository root is the plugin folder; a symlink build/pkg/canevas -> root gives it its
package name whatever the clone's folder is called.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG_DIR = ROOT / "build" / "pkg"
LINK = PKG_DIR / "canevas"

if not LINK.exists():
    PKG_DIR.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(ROOT, LINK, target_is_directory=True)
    except FileExistsError:
        pass
if str(PKG_DIR) not in sys.path:
    sys.path.insert(0, str(PKG_DIR))
