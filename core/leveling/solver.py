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
installs): Cholesky of N and its full inverse; refused over DENSE_LIMIT_BYTES (about 4 000 points).
"""

import numpy as np

from ..messages import N_, CanevasError

try:  # scipy is optional: QGIS installs may lack it
    import scipy.sparse as _sp
    import scipy.sparse.linalg as _spla
except ImportError:  # pragma: no cover - exercised by forcing solver="dense"
    _sp = _spla = None

HAVE_SCIPY = _sp is not None
BLOCK = 512
#: Memory the dense path may ask for (N, L⁻¹ and N⁻¹: three n × n matrices), and the blocked inverse's block.
DENSE_LIMIT_BYTES = 400 * 2 ** 20
BLOCK_LIMIT_BYTES = 64 * 2 ** 20
#: Largest backward error of a solution accepted (a stable solve gives about n·1e-16).
BACKWARD_LIMIT = 1e-9


def _nothing(_fraction):
    return None


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


def dense_bytes(n):
    return 3 * 8 * n * n


def solve(n, fi, ti, p, rhs, solver, monitor=None):
    """Returns (x, diag(N⁻¹), N⁻¹[fi, ti] for the observations between two free points (else 0)).

    monitor(fraction 0…1), when given, is called during the long loops and may raise to stop them (a cancel).
    CanevasError when the memory the dense path needs is over DENSE_LIMIT_BYTES (said before allocating), or
    when the solution's backward error is over BACKWARD_LIMIT.
    """
    monitor = monitor or _nothing
    if n == 0:
        return np.zeros(0), np.zeros(0), np.zeros(len(fi))
    try:
        if choose(solver) == "dense":
            out = _solve_dense(n, fi, ti, p, rhs, monitor)
            matrix = normal_matrix_dense(n, fi, ti, p)
        else:
            out = _solve_sparse(n, fi, ti, p, rhs, monitor)
            matrix = normal_matrix_sparse(n, fi, ti, p)
    except CanevasError:
        raise
    except (np.linalg.LinAlgError, RuntimeError, ValueError) as error:
        raise CanevasError(N_("The normal equations of the network cannot be solved ({error}): the weights span too "
                              "many orders of magnitude, or a value is not finite. Check the distances and set-ups "
                              "of the observations."), error=str(error)) from None
    x = out[0]
    finite = np.all(np.isfinite(x)) and np.all(np.isfinite(out[1]))
    if not (finite and _backward_error(matrix, x, rhs) <= BACKWARD_LIMIT):
        raise CanevasError(N_("The normal equations of the network could not be solved accurately: the weights span "
                              "too many orders of magnitude, or a value is not finite. Check the shortest and longest "
                              "distances of the observations."))
    return out


def _backward_error(matrix, x, rhs):
    """‖N·x − b‖ / (‖N‖·‖x‖ + ‖b‖) in the ∞-norm: tiny for a stable solution whatever the conditioning."""
    r = matrix @ x - rhs
    norm = float(abs(matrix).sum(axis=1).max())
    scale = norm * float(np.max(np.abs(x), initial=0.0)) + float(np.max(np.abs(rhs), initial=0.0))
    return float(np.max(np.abs(r), initial=0.0)) / scale if scale > 0 else 0.0


def _solve_dense(n, fi, ti, p, rhs, monitor):
    if dense_bytes(n) > DENSE_LIMIT_BYTES:
        raise CanevasError(N_("Without scipy the adjustment of {n} unknown heights needs {needed} MB of memory, over "
                              "the {limit} MB allowed: install scipy (python3-scipy) or adjust the network in parts."),
                           n=n, needed=dense_bytes(n) // 2 ** 20, limit=DENSE_LIMIT_BYTES // 2 ** 20)
    N = normal_matrix_dense(n, fi, ti, p)
    monitor(0.05)
    L = np.linalg.cholesky(N)
    monitor(0.3)
    Linv = np.linalg.inv(L)
    monitor(0.6)
    Q = Linv.T @ Linv
    monitor(0.95)
    x = Q @ rhs
    both = (fi >= 0) & (ti >= 0)
    q = np.zeros(len(fi))
    q[both] = Q[fi[both], ti[both]]
    return x, np.diag(Q).copy(), q


def _solve_sparse(n, fi, ti, p, rhs, monitor):
    N = normal_matrix_sparse(n, fi, ti, p)
    lu = _spla.splu(N, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options={"SymmetricMode": True})
    monitor(0.1)
    x = lu.solve(rhs)
    if np.array_equal(lu.perm_r, lu.perm_c):
        selected = _takahashi(lu, n, fi, ti, monitor)
        if selected is not None:
            return (x,) + selected
    return (x,) + _blocked_inverse(lu, n, fi, ti, monitor)


def _takahashi(lu, n, fi, ti, monitor=_nothing):
    L = lu.L.tocsc()
    L.sort_indices()
    d = lu.U.diagonal()
    indptr, indices, data = L.indptr, L.indices, L.data
    if not np.all(indices[indptr[:-1]] == np.arange(n)):
        return None  # a column without its diagonal first: not the factor expected
    Z = np.zeros(len(data))
    for j in range(n - 1, -1, -1):
        if j % 256 == 0:
            monitor(0.1 + 0.85 * (n - j) / n)
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


def _blocked_inverse(lu, n, fi, ti, monitor=_nothing):
    block = max(1, min(BLOCK, BLOCK_LIMIT_BYTES // (8 * n)))  # the unit vectors of a block: n × block numbers
    diag = np.empty(n)
    q = np.zeros(len(fi))
    both = np.flatnonzero((fi >= 0) & (ti >= 0))
    # N⁻¹[t, f] read from column f: observations sorted by f, taken block by block
    order = both[np.argsort(fi[both], kind="stable")]
    f_sorted = fi[order]
    for start in range(0, n, block):
        monitor(0.1 + 0.85 * start / n)
        stop = min(n, start + block)
        E = np.zeros((n, stop - start))
        E[np.arange(start, stop), np.arange(stop - start)] = 1.0
        X = lu.solve(E)
        diag[start:stop] = X[np.arange(start, stop), np.arange(stop - start)]
        lo, hi = np.searchsorted(f_sorted, [start, stop])
        sel = order[lo:hi]
        q[sel] = X[ti[sel], fi[sel] - start]
    return diag, q
