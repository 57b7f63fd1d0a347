"""REN09's area of use: Rennes Métropole and 5 km around it; points outside are refused, per line, for both shifts."""

import numpy as np
import pytest

from canevas.core import pointfile, systems
from canevas.core.messages import CanevasError
from canevas.core.pointfile import PointFileFormat
from canevas.core.transform import transform_xy

# Town centres of communes of Rennes Métropole at its edges (approximate, WGS84 from OpenStreetMap):
# Romillé (north-west), Saint-Sulpice-la-Forêt (north-east), Nouvoitou (south-east), Bourgbarré (south),
# Laillé (south-west), Bréal-sous-Montfort (west), and Rennes town hall.
METROPOLE_EDGES = ((-1.8906, 48.2170), (-1.5772, 48.2170), (-1.5483, 48.0417), (-1.6192, 47.9917),
                   (-1.7417, 47.9783), (-1.8647, 48.0961), (-1.6797, 48.1115))


def test_bound_is_stated_and_covers_the_metropole():
    assert systems.REN09_AREA_MARGIN_M == 5_000
    lon, lat = np.array(METROPOLE_EDGES).T
    x, y = transform_xy("RGF93G", "REN09", lon, lat)
    assert not systems.outside_ren09_area_mask(x, y).any()
    # the hull's vertices are inside; 5 km beyond the farthest, outside
    hx, hy = np.array(systems.REN09_AREA_HULL, dtype=float).T
    assert not systems.outside_ren09_area_mask(hx, hy).any()
    d = np.hypot(hx - systems.REN09_TOWN_HALL[0], hy - systems.REN09_TOWN_HALL[1])
    far = int(np.argmax(d))
    ux, uy = (hx[far] - systems.REN09_TOWN_HALL[0]) / d[far], (hy[far] - systems.REN09_TOWN_HALL[1]) / d[far]
    assert not systems.outside_ren09_area(hx[far] + 4900 * ux, hy[far] + 4900 * uy)
    assert systems.outside_ren09_area(hx[far] + 5100 * ux, hy[far] + 5100 * uy)
    assert 28.5 < d.max() / 1000 < 29 and systems.ren09_distance_km(*systems.REN09_TOWN_HALL) == 0
    assert systems.outside_ren09_area(float("nan"), 68766)


def test_swapped_ren09_numbers_fall_outside():
    # X and Y swapped around the town centre land ~30 km away, 9–17 km outside the metropole's hull
    for x, y in ((47300, 68766), (45000, 70000), (50000, 66000), (44000, 72000)):
        assert not systems.outside_ren09_area(x, y)
        assert systems.outside_ren09_area(y, x)


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_point_file_lines_outside_the_area_are_refused_with_their_line_number(shift):
    lines = ["R1;47300;68765", "R2;85000;68765", "R3;47300;70000"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(), "REN09", "CC48", shift)
    details = [m.text() for m in error.value.details]
    assert len(details) == 1 and details[0].startswith("line 2: the point lies 37.7 km from Rennes town hall")
    assert "area of use of REN09 (Rennes Métropole and 5 km around it)" in details[0]
    # converting to REN09: the REN09 result is what is checked
    x, y = transform_xy("REN09", "CC48", [47300.0, 84000.0], [68765.0, 68765.0], shift)
    cc48 = ["A;{:.3f};{:.3f}".format(x[0], y[0]), "B;{:.3f};{:.3f}".format(x[1], y[1])]
    result = pointfile.convert(cc48, PointFileFormat(), "CC48", "REN09", shift, skip_bad_lines=True)
    assert result.converted == 1 and [m.line_no for m in result.rejected] == [2]
