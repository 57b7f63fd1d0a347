"""Normal equations of a leveling network: solve, and the entries of the inverse the statistics need.

The normal matrix N = AᵀPA of height differences is a weighted graph Laplacian (plus the weights of
observations onto fixed benchmarks on its diagonal): symmetric positive definite once every part of
the network holds a fixed benchmark. The statistics need diag(N⁻¹) (σ of the heights) and N⁻¹ at
(from, to) of every observation (its redundancy number).

Sparse path (scipy importable): SuperLU in symmetric mode (minimum degree on Aᵀ+A, no pivoting: N
is SPD), so that P N Pᵀ = L D Lᵀ with U = D Lᵀ; then the selected inverse by Takahashi's
recurrences (Takahashi, Fagan & Chin 1973; Erisman & Tinney 1975): Z = N⁻¹ on the pattern of L
only, column by column from the last, Z[I, j] = −Z[I, I]·L[I, j], Z[j, j] = 1/d_j − L[I, j]ᵀ·Z[I, j]
(I = rows below j in column j). Cost Σ|I_j|², memory nnz(L) — against n solves for the full
inverse. Should SuperLU ever pivot off the diagonal, N⁻¹ is taken column block by column block
instead (each block of unit vectors solved at once, only the wanted entries kept). Dense path (no scipy, as on some QGIS
installs): Cholesky of N and its full inverse; fine up to a few thousand points.
"""

import numpy as np

try:  # scipy is optional: QGIS installs may lack it
    import scipy.sparse as _sp
    import scipy.sparse.linalg as _spla
except ImportError:  # pragma: no cover - exercised by forcing solver="dense"
    _sp = _spla = None

HAVE_SCIPY = _sp is not None
BLOCK = 512


def choose(solver):
    if solver == "auto":
        return "sparse" if HAVE_SCIPY else "dense"
    if solver == "sparse" and not HAVE_SCIPY:
        return "dense"
    return solver


def normal_matrix_dense(n, fi, ti, p):
    """N for observations from fi to ti (−1 = fixed point) with weights p."""
    N = np.zeros((n, n))
    for a, b in ((fi, fi), (ti, ti)):
        ok = a >= 0
        np.add.at(N, (a[ok], b[ok]), p[ok])
    both = (fi >= 0) & (ti >= 0)
    np.add.at(N, (fi[both], ti[both]), -p[both])
    np.add.at(N, (ti[both], fi[both]), -p[both])
    return N


def normal_matrix_sparse(n, fi, ti, p):
    rows, cols, vals = [], [], []
    for a in (fi, ti):
        ok = a >= 0
        rows.append(a[ok])
        cols.append(a[ok])
        vals.append(p[ok])
    both = (fi >= 0) & (ti >= 0)
    rows += [fi[both], ti[both]]
    cols += [ti[both], fi[both]]
    vals += [-p[both], -p[both]]
    return _sp.csc_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))


def solve(n, fi, ti, p, rhs, solver):
    """Returns (x, diag(N⁻¹), N⁻¹[fi, ti] for the observations between two free points (else 0))."""
    if n == 0:
        return np.zeros(0), np.zeros(0), np.zeros(len(fi))
    if choose(solver) == "dense":
        N = normal_matrix_dense(n, fi, ti, p)
        L = np.linalg.cholesky(N)
        Linv = np.linalg.inv(L)
        Q = Linv.T @ Linv
        x = Q @ rhs
        both = (fi >= 0) & (ti >= 0)
        q = np.zeros(len(fi))
        q[both] = Q[fi[both], ti[both]]
        return x, np.diag(Q).copy(), q
    return _solve_sparse(n, fi, ti, p, rhs)


def _solve_sparse(n, fi, ti, p, rhs):
    N = normal_matrix_sparse(n, fi, ti, p)
    lu = _spla.splu(N, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options={"SymmetricMode": True})
    x = lu.solve(rhs)
    if np.array_equal(lu.perm_r, lu.perm_c):
        selected = _takahashi(lu, n, fi, ti)
        if selected is not None:
            return (x,) + selected
    return (x,) + _blocked_inverse(lu, n, fi, ti)


def _takahashi(lu, n, fi, ti):
    L = lu.L.tocsc()
    L.sort_indices()
    d = lu.U.diagonal()
    indptr, indices, data = L.indptr, L.indices, L.data
    if not np.all(indices[indptr[:-1]] == np.arange(n)):
        return None  # a column without its diagonal first: not the factor expected
    Z = np.zeros(len(data))
    for j in range(n - 1, -1, -1):
        s, e = indptr[j], indptr[j + 1]
        rows, lv = indices[s + 1:e], data[s + 1:e]
        if rows.size == 0:
            Z[s] = 1.0 / d[j]
            continue
        m = rows.size
        Zs = np.empty((m, m))
        for a in range(m):  # Z[rows[a:], rows[a]] lies in column rows[a] (the rows form a clique)
            b = rows[a]
            bs, be = indptr[b], indptr[b + 1]
            col = Z[bs + np.searchsorted(indices[bs:be], rows[a:])]
            Zs[a:, a] = col
            Zs[a, a:] = col
        zj = -(Zs @ lv)
        Z[s + 1:e] = zj
        Z[s] = 1.0 / d[j] - lv @ zj
    perm = lu.perm_c
    diag = Z[indptr[perm]]
    q = np.zeros(len(fi))
    both = np.flatnonzero((fi >= 0) & (ti >= 0))
    a, b = perm[fi[both]], perm[ti[both]]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    for k, col, row in zip(both, lo, hi):
        cs, ce = indptr[col], indptr[col + 1]
        pos = cs + np.searchsorted(indices[cs:ce], row)
        if pos >= ce or indices[pos] != row:
            return None  # an entry of N outside the factor's pattern: cannot happen without cancellation
        q[k] = Z[pos]
    return diag, q


def _blocked_inverse(lu, n, fi, ti):
    diag = np.empty(n)
    q = np.zeros(len(fi))
    both = np.flatnonzero((fi >= 0) & (ti >= 0))
    # N⁻¹[t, f] read from column f: observations sorted by f, taken block by block
    order = both[np.argsort(fi[both], kind="stable")]
    f_sorted = fi[order]
    for start in range(0, n, BLOCK):
        stop = min(n, start + BLOCK)
        E = np.zeros((n, stop - start))
        E[np.arange(start, stop), np.arange(stop - start)] = 1.0
        X = lu.solve(E)
        diag[start:stop] = X[np.arange(start, stop), np.arange(stop - start)]
        lo, hi = np.searchsorted(f_sorted, [start, stop])
        sel = order[lo:hi]
        q[sel] = X[ti[sel], fi[sel] - start]
    return diag, q
