"""DXF drawings between REN09, CC48 and Lambert-93: every point exact, CAD shapes kept (no QGIS here).

    from canevas.core.dxf import transform_batch
    batch = transform_batch("plans/", "plans-cc48/", "REN09", "CC48", recursive=True)
    batch.summary  # {'FILES': ..., 'ENTITIES': ..., 'FAILED': ..., 'MAX_DEVIATION_MM': ...}
"""

from .drawing import transform_document
from .files import (
                    BatchResult,
                    FileResult,
                    Xref,
                    check_output_folder,
                    dwg_converter,
                    entity_counts,
                    list_inputs,
                    transform_batch,
                    transform_file,
)
from .job import Cancelled

__all__ = ["BatchResult", "Cancelled", "FileResult", "Xref", "check_output_folder", "dwg_converter", "entity_counts",
           "list_inputs", "transform_batch", "transform_document", "transform_file"]
