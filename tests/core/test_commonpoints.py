"""Common points: the variant that made the CC48 coordinates is found; the similarity is exact."""

import math

import numpy as np
import pytest

from canevas.core import systems
from canevas.core.commonpoints import check_common_points
from canevas.core.fit import fit_2d
from canevas.core.messages import CanevasError
from canevas.core.transform import transform_xy


def sample(shift, noise=0.005, n=12, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.uniform(40000, 55000, n)
    y = rng.uniform(60000, 75000, n)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    cx, cy = cx + rng.normal(0, noise, n), cy + rng.normal(0, noise, n)
    ids = ["S{}".format(i) for i in range(n)]
    return list(zip(ids, x, y)), list(zip(ids, cx, cy))


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_the_generating_variant_fits_best(shift):
    ren, cc = sample(shift)
    result = check_common_points(ren, cc)
    assert result.best_datum_shift == shift
    assert result.variants[shift].rms < 0.015
    other = result.variants[1 - shift]
    assert 1.5 < other.rms < 2.5  # the two realisations are ~2 m apart at Rennes
    # over 15 km a similarity absorbs most of the projection difference, not all of it
    assert result.similarity.sigma0 < 0.05
    # CC48 is -83.6 mm/km and REN09 -1.5 mm/km at Rennes, and REN09's Clarke surface lies 46 m
    # below GRS80's (-7.2 ppm): about -89 ppm, within what the NTF grid's own distortion adds.
    assert result.similarity.scale_ppm == pytest.approx(-83.6 + 1.5 - 46.07 / 6.381e6 * 1e6, abs=3.5)


def test_unmatched_ids_are_listed():
    ren, cc = sample(0)
    result = check_common_points(ren + [("only-ren", 47000, 68000)], cc[1:] + [("only-cc", 1351000, 7222000)])
    assert result.only_ren09 == ["S0", "only-ren"] and result.only_cc48 == ["only-cc"]
    assert len(result.ids) == 11


def test_duplicate_ids_and_no_common_ids():
    ren, cc = sample(0)
    with pytest.raises(CanevasError, match="The id 'S1' appears twice in the REN09 points"):
        check_common_points(ren + [ren[1]], cc)
    with pytest.raises(CanevasError, match="No id is common"):
        check_common_points(ren, [("X" + i, x, y) for i, x, y in cc])


def test_swapped_layers_are_named():
    ren, cc = sample(0)
    with pytest.raises(CanevasError, match=r"The REN09 coordinates look like RGF93 v1 / CC48"):
        check_common_points(cc, ren)


def test_fit_recovers_a_known_similarity():
    rng = np.random.default_rng(3)
    src = rng.uniform(0, 1000, (8, 2))
    scale, theta, t = 1.0000123, 0.0021, np.array([12.5, -7.25])
    c, s = math.cos(theta), math.sin(theta)
    dst = scale * src @ np.array([[c, s], [-s, c]]) + t
    fit = fit_2d(src, dst)
    assert fit.scale == pytest.approx(scale, abs=1e-12)
    assert fit.rotation_rad == pytest.approx(theta, abs=1e-12)
    assert np.abs(fit.residuals).max() < 1e-9
    rigid = fit_2d(src, dst, with_scale=False)
    assert rigid.scale == 1.0 and rigid.rotation_rad == pytest.approx(theta, abs=1e-9)
    with pytest.raises(CanevasError, match="At least 2 common points"):
        fit_2d(src[:1], dst[:1])
