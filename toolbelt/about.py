"""The plugin's identity read from metadata.txt, the one place its version is written."""

import configparser
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "metadata.txt"


def metadata(path=METADATA):
    """The [general] section of metadata.txt as a dict (empty when the file cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys as written: description[fr], hasProcessingProvider
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        return {}
    return dict(parser["general"]) if parser.has_section("general") else {}


__version__ = metadata().get("version", "")
