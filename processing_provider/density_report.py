"""The density study's HTML report: the QGIS side (the working CRS named) of core.reports.density."""

from ..core import reports
from ..core.reports.density import build_report
from ..toolbelt import crs as crs_tools
from ..toolbelt.i18n import tr


def write(path, result, proposals, totals, inputs):
    reports.write(path, build_report(result, proposals, totals, dict(inputs, crs=crs_tools.crs_label(inputs["crs"])),
                                     tr=tr))
