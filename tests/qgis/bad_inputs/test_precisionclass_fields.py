"""canevas:precisionclass with a text field chosen as the height field: a message naming the field, no traceback."""

import pytest
from qgis.core import QgsProcessingException

from .conftest import make_layer

POINTS = ["PointZ (1351771 7222969 35)", "PointZ (1351871 7223069 36)", "PointZ (1351971 7223169 37)"]


def test_a_text_height_field_is_refused_with_its_name(run):
    supplied = make_layer(POINTS, "EPSG:3948", attributes=[{"id": "R{}".format(i), "alt": "n.c."} for i in range(3)])
    control = make_layer(POINTS, "EPSG:3948", attributes=[{"id": "R{}".format(i)} for i in range(3)])
    with pytest.raises(QgsProcessingException, match="The field « alt » is of type .*, not a number"):
        run("canevas:precisionclass", {"SUPPLIED": supplied, "SUPPLIED_ID_FIELD": "id", "SUPPLIED_Z_FIELD": "alt",
                                       "CONTROL": control, "CONTROL_ID_FIELD": "id", "DIMENSION": 1,
                                       "OUTPUT": "memory:"})
