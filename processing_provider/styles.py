"""How the outputs of a run appear when QGIS loads them: their name, one group per run, a fixed order
(points above polygons) and a style for each.

QGIS calls a layer post-processor once per loaded output, in no fixed order, after the layer is in the
layer tree (QGIS 3.22 to 4). The outputs of one run share a RunGroup: the first one creates the group,
each one takes its place by rank, so the order never depends on the loading order.
"""

import collections
import uuid

from qgis.core import (
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)

#: Property set on the group and layer nodes Canevas places (run id, output key).
RUN_PROPERTY = "canevas/run"
OUTPUT_PROPERTY = "canevas/output"

#: Colours shared with the reports' maps.
YELLOW, GREEN, ORANGE, RED = "#ffdd00", "#1a9641", "#fdae61", "#d7191c"


def fill(color, outline):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": "0.3"})


def marker(name, color, size, outline="black"):
    return QgsMarkerSymbol.createSimple({"name": name, "color": color, "size": str(size),
                                         "outline_color": outline, "outline_width": "0.4"})


def single(symbol_factory):
    return lambda: QgsSingleSymbolRenderer(symbol_factory())


def deviation_renderer(suffix=""):
    """Deviations coloured against the class' thresholds, as the precision report's map: green within T,
    orange over T, red over 1.5·T (the output's over_t / over_t2 fields, 1 when over)."""
    def build():
        root = QgsRuleBasedRenderer.Rule(None)
        for label, expression, color in (
                ("> 1.5·T", '"over_t2{0}" = 1'.format(suffix), RED),
                ("T – 1.5·T", '"over_t{0}" = 1 AND coalesce("over_t2{0}", 0) = 0'.format(suffix), ORANGE),
                ("≤ T", 'coalesce("over_t{0}", 0) = 0'.format(suffix), GREEN)):
            root.appendChild(QgsRuleBasedRenderer.Rule(marker("circle", color, 2.6, "#333333"), 0, 0, expression,
                                                       label))
        return QgsRuleBasedRenderer(root)
    return build


def _groups(group):
    for child in group.children():
        if hasattr(child, "insertGroup"):
            yield child
            yield from _groups(child)


class RunGroup:
    """The outputs of one run: a group named after it, placed below `anchor_layer_id` (an input layer shown
    above the outputs, e.g. the benchmarks) or where QGIS put the first output; children ordered by `order`."""

    def __init__(self, name, order, anchor_layer_id=None):
        self.name, self.order, self.anchor = name, list(order), anchor_layer_id
        self.run_id = uuid.uuid4().hex

    def rank(self, key):
        return self.order.index(key) if key in self.order else len(self.order)

    def group(self, project, node):
        root = project.layerTreeRoot()
        for group in _groups(root):
            if group.customProperty(RUN_PROPERTY) == self.run_id:
                return group
        parent, index = self._place(root, node)
        group = parent.insertGroup(index, self.name)
        group.setCustomProperty(RUN_PROPERTY, self.run_id)
        return group

    def _place(self, root, node):
        anchor = root.findLayer(self.anchor) if self.anchor else None
        if anchor is not None and anchor.parent() is not None:
            parent = anchor.parent()
            return parent, parent.children().index(anchor) + 1
        if node is not None and node.parent() is not None:
            parent = node.parent()
            return parent, parent.children().index(node)
        return root, 0

    def insert(self, project, layer, key):
        """Move the layer's node into the run's group at its rank (a new node when it is not in the tree)."""
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        group = self.group(project, node)
        rank = self.rank(key)
        index = sum(1 for child in group.children() if self.rank(child.customProperty(OUTPUT_PROPERTY)) <= rank)
        if node is None:
            placed = group.insertLayer(index, layer)
        else:
            placed = node.clone()
            group.insertChildNode(index, placed)
            node.parent().removeChildNode(node)
        placed.setCustomProperty(OUTPUT_PROPERTY, key)
        return placed


class OutputStyler(QgsProcessingLayerPostProcessorInterface):
    """Names, places and styles one output when it is loaded; no state shared but the run's RunGroup."""

    def __init__(self, key, name, renderer=None, run_group=None):
        super().__init__()
        self.key, self.name, self.renderer, self.run_group = key, name, renderer, run_group

    def postProcessLayer(self, layer, context, feedback):
        if self.name:
            layer.setName(self.name)
        if self.renderer is not None and hasattr(layer, "setRenderer"):
            layer.setRenderer(self.renderer())
        if self.run_group is not None:
            project = (layer.project() if hasattr(layer, "project") else None) or context.project() or \
                QgsProject.instance()
            self.run_group.insert(project, layer, self.key)
        layer.triggerRepaint()


#: QGIS does not own post-processors and calls them after the algorithm object is gone: they are kept alive
#: here (bounded: only the latest runs' outputs matter).
_LIVE = collections.deque(maxlen=256)


def on_load(context, dest, key, name=None, renderer=None, run_group=None):
    """Have the output `dest` named, placed and styled if QGIS loads it at the end of the run."""
    if not dest or not context.willLoadLayerOnCompletion(dest):
        return
    styler = OutputStyler(key, name, renderer, run_group)
    _LIVE.append(styler)
    context.layerToLoadOnCompletionDetails(dest).setPostProcessor(styler)
