"""Graph helpers of a leveling network: connected parts, spanning tree and its loops; benchmark states."""

import unicodedata
from collections import deque


def normalize_state(state):
    """'  présumé  déplacé ' → 'PRESUME DEPLACE' (as core.density does, without importing shapely)."""
    if state is None:
        return ""
    text = unicodedata.normalize("NFKD", str(state))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").upper().split())


def components(edges):
    """Connected parts (lists of point ids, each in first-seen order) of the graph of `edges` (a, b)."""
    parent = {}

    def find(a):
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return root

    order = []
    for a, b in edges:
        for x in (a, b):
            if x not in parent:
                parent[x] = x
                order.append(x)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    parts = {}
    for x in order:
        parts.setdefault(find(x), []).append(x)
    return list(parts.values())


class SpanningForest:
    """Breadth-first spanning forest of a multigraph; every edge outside it closes one loop.

    `potential[p]` is the sum of the signed values along the tree from the root of p's tree to p;
    a non-tree edge (a, b, value) closes the loop value + potential[a] − potential[b].
    """

    def __init__(self, edges, values):
        adj = {}
        for i, (a, b) in enumerate(edges):
            adj.setdefault(a, []).append((b, i, 1.0))
            adj.setdefault(b, []).append((a, i, -1.0))
        self.parent, self.parent_edge, self.depth = {}, {}, {}
        self.potential = {}
        self.tree_edges = set()
        for root in adj:
            if root in self.parent:
                continue
            self._grow(root, adj, values)
        self.loop_edges = [i for i in range(len(edges)) if i not in self.tree_edges]

    def _grow(self, root, adj, values):
        self.parent[root], self.parent_edge[root], self.depth[root] = None, None, 0
        self.potential[root] = 0.0
        queue = deque([root])
        while queue:
            a = queue.popleft()
            for b, i, sign in adj[a]:
                if b in self.parent:
                    continue
                self.parent[b], self.parent_edge[b], self.depth[b] = a, i, self.depth[a] + 1
                self.potential[b] = self.potential[a] + sign * values[i]
                self.tree_edges.add(i)
                queue.append(b)

    def path(self, a, b):
        """Tree path a … b as (points, edge indices)."""
        left, right, edges_l, edges_r = [a], [b], [], []
        while self.depth[left[-1]] > self.depth[right[-1]]:
            edges_l.append(self.parent_edge[left[-1]])
            left.append(self.parent[left[-1]])
        while self.depth[right[-1]] > self.depth[left[-1]]:
            edges_r.append(self.parent_edge[right[-1]])
            right.append(self.parent[right[-1]])
        while left[-1] != right[-1]:
            edges_l.append(self.parent_edge[left[-1]])
            left.append(self.parent[left[-1]])
            edges_r.append(self.parent_edge[right[-1]])
            right.append(self.parent[right[-1]])
        return left + right[-2::-1], edges_l + edges_r[::-1]
