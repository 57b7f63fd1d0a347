"""Bad inputs, one module per algorithm: the fixtures (provider, run) come from tests/qgis/conftest.py,
which pytest collects as a parent conftest; make_layer is re-exported for the test modules."""

from ..conftest import make_layer, vertices  # noqa: F401
