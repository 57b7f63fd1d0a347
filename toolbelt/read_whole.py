"""A layer read whole, or a message: a damaged file or a cut-short source must not give a plausible answer.

OGR stops a feature iterator quietly at a damaged page of a GeoPackage (GDAL logs « database disk image is
malformed », QGIS reports nothing): the features before it come out, the others are silently missing, and a
study of them looks right. The features read are compared with the count the layer declares.
"""

from qgis.core import QgsFeatureRequest

from ..core.messages import N_, CanevasError

#: How often the counting pass looks at the cancel button (features).
CANCEL_EVERY = 1000


def count_features(source, stop=None, feedback=None):
    """Features the source yields when read whole, without geometry nor attributes (the cheap pass)."""
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    count = 0
    for count, _ in enumerate(source.getFeatures(request), start=1):
        if stop is not None and not count % CANCEL_EVERY:
            stop(feedback)
    return count


def check_read_whole(source, read, name=None):
    """Raise CanevasError when `read` features are fewer than the `source` declares."""
    declared = source.featureCount()
    if declared is None or declared < 0 or read >= declared:
        return
    if name is None:
        name = source.sourceName() if hasattr(source, "sourceName") else source.name()
    raise CanevasError(N_("Only {read} of the {count} features of « {name} » could be read: the file is damaged "
                          "(or the data source cut the reading short). Repair it or export the layer again, then "
                          "run again."), read=read, count=declared, name=name)
