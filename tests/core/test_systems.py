"""REN09 and CC48 as DOMAIN.md §2 defines them, checked against PROJ and the study's figures."""

import numpy as np
import pytest
from pyproj import CRS, Proj, Transformer

from canevas.core import alteration, lcc, systems
from canevas.core.messages import CanevasError
from canevas.core.transform import transform_xy

RENNES = (-1.68, 48.11)
# Rennes Métropole bounding box (the 43 communes of shared/data, RGF93 degrees).
METROPOLE = (-1.96178, 47.9342, -1.4674, 48.30604)


def metropole_grid(n=9):
    lon = np.linspace(METROPOLE[0], METROPOLE[2], n)
    lat = np.linspace(METROPOLE[1], METROPOLE[3], n)
    return [a.ravel() for a in np.meshgrid(lon, lat)]


def test_ren09_convergence_and_scale_at_rennes():
    # DOMAIN.md §2: convergence ≈ −2.928° (= Lambert II's there), scale ≈ 0.9999985.
    factors = Proj(systems.REN09_PROJECTION).get_factors(*RENNES)
    assert factors.meridian_convergence == pytest.approx(-2.928, abs=0.001)
    assert factors.meridional_scale == pytest.approx(0.9999985, abs=2e-7)
    # PROJ takes Lambert II longitudes from its own prime meridian, Paris (2°20'14.025" E).
    lambert2 = Proj(CRS("EPSG:27572")).get_factors(RENNES[0] - 2.33722917, RENNES[1])
    assert factors.meridian_convergence == pytest.approx(lambert2.meridian_convergence, abs=0.01)
    ren09 = lcc.PROJECTIONS["REN09"]
    assert float(ren09.convergence(RENNES[0])) == pytest.approx(factors.meridian_convergence, abs=1e-9)
    assert float(ren09.scale_factor(RENNES[1])) == pytest.approx(factors.meridional_scale, abs=1e-10)


def test_rennes_town_hall_in_ren09():
    x, y = Proj(systems.REN09_PROJECTION)(-1.6797, 48.1115)
    assert abs(x - 47300) < 100 and abs(y - 68765) < 100


@pytest.mark.parametrize("code", ["REN09", "CC48", "L93"])
def test_closed_form_lcc_matches_proj(code):
    proj = Proj({"REN09": systems.REN09_PROJECTION, "CC48": systems.CC48_PROJECTION,
                 "L93": systems.L93_PROJECTION}[code])
    lon, lat = metropole_grid()
    x, y = proj(lon, lat)
    cx, cy = lcc.PROJECTIONS[code].forward(lon, lat)
    assert np.abs(cx - x).max() < 1e-4 and np.abs(cy - y).max() < 1e-4
    ilon, ilat = lcc.PROJECTIONS[code].inverse(x, y)
    assert np.abs(ilon - lon).max() < 1e-10 and np.abs(ilat - lat).max() < 1e-10
    k = lcc.PROJECTIONS[code].scale_factor(lat)
    assert np.abs(k - proj.get_factors(lon, lat).meridional_scale).max() < 1e-10


def test_cc48_alteration_at_rennes_is_minus_84_mm_per_km():
    x, y = lcc.PROJECTIONS["CC48"].forward(*RENNES)
    assert float(alteration.linear_alteration("CC48", x, y)) == pytest.approx(-83.6, abs=0.1)
    assert float(lcc.PROJECTIONS["CC48"].scale_factor(RENNES[1])) == pytest.approx(0.99991636, abs=1e-8)


def test_height_reduction():
    # 100 m above the ellipsoid shortens distances by 100/6 381 000 ≈ 15.7 mm/km.
    x, y = lcc.PROJECTIONS["CC48"].forward(*RENNES)
    plain = float(alteration.linear_alteration("CC48", x, y))
    high = float(alteration.linear_alteration("CC48", x, y, 100.0))
    assert high - plain == pytest.approx(-15.67, abs=0.05)


def test_ren09_alteration_inside_the_study_band():
    # The city of Rennes and the band 47.95°–48.25° stay within ±2 mm/km; the metropole's
    # northern tip (48.306°) reaches +4.9 mm/km with the published parameters.
    ren09 = lcc.PROJECTIONS["REN09"]
    lat = np.linspace(47.95, 48.25, 61)
    x, y = ren09.forward(np.full_like(lat, -1.68), lat)
    values = alteration.linear_alteration("REN09", x, y)
    assert values.max() <= 2.0 and values.min() >= -2.0
    assert values.min() == pytest.approx(-1.52, abs=0.01)
    edge = alteration.linear_alteration("REN09", *ren09.forward(-1.68, METROPOLE[3]))
    assert float(edge) == pytest.approx(4.93, abs=0.05)


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_round_trip_below_a_tenth_of_a_millimetre(shift):
    lon, lat = metropole_grid(11)
    x, y = transform_xy("RGF93G", "REN09", lon, lat, shift)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    bx, by = transform_xy("CC48", "REN09", cx, cy, shift)
    assert np.hypot(bx - x, by - y).max() < 1e-4


@pytest.mark.parametrize("shift,bound", [(systems.DATUM_GRID, "+nadgrids={grid}"),
                                         (systems.DATUM_3PARAM, "+towgs84=-168,-60,320")])
def test_pipeline_agrees_with_proj_reading_of_the_crs(shift, bound):
    """Our explicit pipeline gives what PROJ itself makes of the REN09 CRS definition."""
    definition = "{} {} +no_defs +type=crs".format(systems.REN09_PROJECTION, bound.format(grid=systems.GRID_FILE))
    reference = Transformer.from_crs(CRS(definition), CRS("EPSG:3948"), always_xy=True)
    x = np.array([47300.0, 20000.0, 80000.0])
    y = np.array([68765.0, 40000.0, 100000.0])
    rx, ry = reference.transform(x, y)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    assert np.hypot(cx - rx, cy - ry).max() < 2e-3


TOWN_HALL = (-1.6797, 48.1115)
#: Standard NTF → WGS84 3-parameter shift, written independently of core.systems.
INDEPENDENT_REN09 = ("+proj=lcc +lat_0=48.1 +lat_1=48 +lat_2=48.2 +lon_0=2.25343333333333 +x_0=340000 +y_0=60000 "
                     "+a=6378249.2 +b=6356515 +towgs84=-168,-60,320 +units=m +no_defs +type=crs")


def test_default_is_the_three_parameter_shift_of_rennes():
    assert systems.DEFAULT_DATUM_SHIFT == systems.DATUM_3PARAM == 1 and systems.DATUM_GRID == 0
    assert systems.datum_shift_name(systems.DEFAULT_DATUM_SHIFT).startswith("REN09 (Rennes 2009)")
    for name in list(systems.DATUM_SHIFT_NAMES.values()) + list(systems.REN09_NAMES.values()):
        assert "REN09 IGN" not in name and "« IGN »" not in name and "VDR" not in name


def test_town_hall_default_matches_an_independent_proj_definition():
    # DOMAIN.md §2: the town hall is at X ≈ 47 300.7, Y ≈ 68 766.5 with the 3-parameter shift.
    x, y = transform_xy("RGF93G", "REN09", [TOWN_HALL[0]], [TOWN_HALL[1]])
    assert (x[0], y[0]) == pytest.approx((47300.7, 68766.5), abs=0.05)
    ref = Transformer.from_crs(CRS("EPSG:4171"), CRS(INDEPENDENT_REN09), always_xy=True).transform(*TOWN_HALL)
    assert np.hypot(x[0] - ref[0], y[0] - ref[1]) < 1e-3
    # REN09 → CC48 of the town hall, default against PROJ's own reading of the independent definition
    cx, cy = transform_xy("REN09", "CC48", [ref[0]], [ref[1]])
    rx, ry = Transformer.from_crs(CRS(INDEPENDENT_REN09), CRS("EPSG:3948"), always_xy=True).transform(*ref)
    assert np.hypot(cx[0] - rx, cy[0] - ry) < 1e-3


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_wkt_is_named_portable_and_read_by_proj_as_our_pipeline(shift, monkeypatch):
    wkt = systems.ren09_wkt(shift)
    crs = CRS(wkt)
    assert crs.name == systems.REN09_NAMES[shift]
    assert "/" not in wkt and "nadgrids=/" not in wkt
    assert systems.identify_proj(crs.to_proj4()) == "REN09"
    assert systems.datum_shift_of_definition(wkt) == shift
    if shift == systems.DATUM_3PARAM:
        assert "TOWGS84[-168,-60,320,0,0,0,0]" in wkt
        assert "+towgs84=-168,-60,320,0,0,0,0" in crs.to_proj4()
    else:
        assert 'EXTENSION["PROJ4_GRIDS","ntf_r93.gsb"]' in wkt
        assert "+nadgrids=ntf_r93.gsb" in systems.ren09_crs_proj(shift)
    x, y = np.array([47300.0, 20000.0, 80000.0]), np.array([68765.0, 40000.0, 100000.0])
    rx, ry = Transformer.from_crs(crs, CRS("EPSG:3948"), always_xy=True).transform(x, y)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    assert np.hypot(cx - rx, cy - ry).max() < 2e-3


def test_the_two_realisations_differ_as_documented():
    g = np.array(transform_xy("REN09", "CC48", [47300.0], [68765.0], systems.DATUM_GRID)).ravel()
    p = np.array(transform_xy("REN09", "CC48", [47300.0], [68765.0], systems.DATUM_3PARAM)).ravel()
    assert g[0] - p[0] == pytest.approx(0.57, abs=0.1)   # ~0.5 m east
    assert g[1] - p[1] == pytest.approx(2.0, abs=0.2)    # ~2 m north
    # the town hall: X 47 300.708, Y 68 766.504 (3 parameters) against 47 300.151, 68 764.501 (grid)
    gx, gy = transform_xy("RGF93G", "REN09", [TOWN_HALL[0]], [TOWN_HALL[1]], systems.DATUM_GRID)
    px, py = transform_xy("RGF93G", "REN09", [TOWN_HALL[0]], [TOWN_HALL[1]], systems.DATUM_3PARAM)
    assert (px[0] - gx[0], py[0] - gy[0]) == pytest.approx((0.556, 2.003), abs=0.005)


def test_inverse_three_parameter_height_constant():
    # The constant used by the inverse 3-parameter shift is the GRS80 height of the Clarke surface at Rennes.
    t = Transformer.from_pipeline(
        "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=cart +a=6378249.2 +b=6356515 "
        "+step +proj=helmert +x=-168 +y=-60 +z=320 +step +inv +proj=cart +ellps=GRS80")
    _, _, h = t.transform(-1.68, 48.11, 0.0)
    assert h == pytest.approx(systems.H_GRS80_OF_NTF_SURFACE, abs=0.05)


def test_geographic_and_lambert93_paths():
    lon, lat = -1.6797, 48.1115
    x, y = transform_xy("RGF93G", "L93", [lon], [lat])
    ref = Transformer.from_crs("EPSG:4171", "EPSG:2154", always_xy=True).transform(lon, lat)
    assert abs(x[0] - ref[0]) < 1e-4 and abs(y[0] - ref[1]) < 1e-4
    bx, by = transform_xy("L93", "RGF93G", x, y)
    assert abs(bx[0] - lon) < 1e-10 and abs(by[0] - lat) < 1e-10


def test_identify_proj():
    assert systems.identify_proj(systems.ren09_crs_proj(systems.DATUM_3PARAM)) == "REN09"
    assert systems.identify_proj(CRS("EPSG:3948").to_proj4()) == "CC48"
    assert systems.identify_proj(CRS("EPSG:2154").to_proj4()) == "L93"
    # parallels in the other order, as some software writes them
    swapped = systems.REN09_PROJECTION.replace("+lat_1=48 +lat_2=48.2", "+lat_1=48.2 +lat_2=48")
    assert systems.identify_proj(swapped) == "REN09"
    assert systems.identify_proj(CRS("EPSG:3949").to_proj4()) is None


@pytest.mark.parametrize("x,y,expected", [
    (47300, 68765, ["REN09"]), (1351771, 7222969, ["CC48"]), (351000, 6789000, ["L93"]),
    (300000, 2355000, ["LII"]), (-1.68, 48.11, ["RGF93G"]), (2_050_000, 7_200_000, [])])
def test_looks_like_uses_domain_ranges(x, y, expected):
    assert systems.looks_like([x], [y]) == expected


def test_other_systems_names_the_lookalike():
    assert systems.other_systems("CC48", [47300, 47400], [68765, 68800]) == ["REN09"]
    assert systems.other_systems("REN09", [47300], [68765]) == []
    assert systems.other_systems("CC48", [2_050_000], [7_200_000]) == []  # unknown area: not an error


def test_missing_grid_is_an_error_never_a_silent_fallback(monkeypatch, tmp_path):
    monkeypatch.setattr(systems, "GRID_FILE", tmp_path / "ntf_r93.gsb")
    with pytest.raises(CanevasError, match="grid .* is missing: reinstall the Canevas plugin"):
        systems.pipeline("REN09", "CC48", systems.DATUM_GRID)
    assert "towgs84" in systems.ren09_crs_proj(systems.DATUM_3PARAM)
