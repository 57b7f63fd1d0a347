"""Who is near whom: the one neighbour search of the density study, and the one grouping of
linked points (union-find).

The search uses scipy's k-d tree when scipy is importable (QGIS ships it on most platforms),
else shapely's STRtree; both give the same pairs, in the same order (sorted).
"""

import numpy as np
import shapely

_EMPTY = np.zeros(0, np.int64)


def _candidate_pairs(a_xy, b_xy, distance):
    """Index pairs (i, j) with a_xy[i] and b_xy[j] within about `distance` (in no particular order)."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # exercised by a test with scipy hidden
        cKDTree = None
    if cKDTree is not None:
        rec = cKDTree(a_xy).sparse_distance_matrix(cKDTree(b_xy), distance, output_type="ndarray")
        return rec["i"].astype(np.int64), rec["j"].astype(np.int64)
    tree = shapely.STRtree(shapely.points(b_xy))
    i, j = tree.query(shapely.points(a_xy), predicate="dwithin", distance=distance)
    return i.astype(np.int64), j.astype(np.int64)


def pairs_within(a_xy, b_xy, distance):
    """(i, j) index arrays of the points a_xy[i], b_xy[j] strictly closer than `distance`,
    sorted by i, then j."""
    a_xy = np.asarray(a_xy, dtype=float).reshape(-1, 2)
    b_xy = np.asarray(b_xy, dtype=float).reshape(-1, 2)
    if not len(a_xy) or not len(b_xy):
        return _EMPTY, _EMPTY
    i, j = _candidate_pairs(a_xy, b_xy, distance)
    if len(i):
        keep = np.hypot(a_xy[i, 0] - b_xy[j, 0], a_xy[i, 1] - b_xy[j, 1]) < distance
        i, j = i[keep], j[keep]
        order = np.lexsort((j, i))
        i, j = i[order], j[order]
    return i, j


def close_pairs(xy, distance):
    """Index pairs (i < j) of points strictly closer than `distance`, as a sorted (k, 2) int64 array."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    i, j = pairs_within(xy, xy, distance)
    keep = i < j
    return np.column_stack([i[keep], j[keep]])


def _root(parent, a):
    while parent[a] != a:
        parent[a] = parent[parent[a]]
        a = parent[a]
    return a


def group_roots(n, links, rank=None):
    """Union-find: the group of each of n elements once the linked pairs (a, b) are joined,
    transitively, as the index of the group's element of least rank (default: least index)."""
    rank = list(range(n)) if rank is None else list(rank)
    parent = list(range(n))
    for a, b in links:
        ra, rb = _root(parent, a), _root(parent, b)
        if ra != rb:
            keep, drop = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
            parent[drop] = keep
    return np.array([_root(parent, a) for a in range(n)], dtype=np.int64)
