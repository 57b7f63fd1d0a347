"""REN09's area of use: points beyond 35 km of Rennes town hall are refused, per line, for both shifts."""

import pytest

from canevas.core import pointfile, systems
from canevas.core.messages import CanevasError
from canevas.core.pointfile import PointFileFormat
from canevas.core.transform import transform_xy


def test_bound_is_stated_and_covers_the_metropole():
    assert systems.REN09_AREA_RADIUS_M == 35_000
    # corners of the metropole's bounding box (DOMAIN.md §7) are within the bound
    for lon, lat in ((-1.96178, 47.9342), (-1.4674, 48.30604), (-1.96178, 48.30604), (-1.4674, 47.9342)):
        x, y = transform_xy("RGF93G", "REN09", [lon], [lat])
        assert not systems.outside_ren09_area(x[0], y[0])
    assert systems.outside_ren09_area(47300 + 36_000, 68766)
    assert systems.ren09_distance_km(*systems.REN09_TOWN_HALL) == 0


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_point_file_lines_outside_the_area_are_refused_with_their_line_number(shift):
    lines = ["R1;47300;68765", "R2;85000;68765", "R3;47300;70000"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(), "REN09", "CC48", shift)
    details = [m.text() for m in error.value.details]
    assert len(details) == 1 and details[0].startswith("line 2: the point lies 37.7 km from Rennes town hall")
    assert "area of use of REN09 (within 35 km" in details[0]
    # converting to REN09: the REN09 result is what is checked
    x, y = transform_xy("REN09", "CC48", [47300.0, 84000.0], [68765.0, 68765.0], shift)
    cc48 = ["A;{:.3f};{:.3f}".format(x[0], y[0]), "B;{:.3f};{:.3f}".format(x[1], y[1])]
    result = pointfile.convert(cc48, PointFileFormat(), "CC48", "REN09", shift, skip_bad_lines=True)
    assert result.converted == 1 and [m.line_no for m in result.rejected] == [2]
