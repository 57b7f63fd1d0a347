"""DXF files and folders: one file, or a batch mirroring the input tree; xrefs; DWG through a converter."""

import contextlib
import gc
import os
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import systems
from ..messages import N_, CanevasError, Message
from . import fastpath, tags
from .drawing import transform_document
from .job import Cancelled

SUFFIXES = (".dxf", ".dwg")
DEFAULT_TOLERANCE_MM = 1.0


@dataclass
class Xref:
    block: str
    path: str  # as written in the drawing, kept unchanged
    resolved: Optional[str] = None  # the file found for it, if any
    status: str = "missing"  # in_batch, outside_batch, missing


@dataclass
class FileResult:
    source: str
    output: str = ""
    counts_in: dict = field(default_factory=dict)
    counts_out: dict = field(default_factory=dict)
    blocks_in: int = 0
    blocks_out: int = 0
    max_deviation_mm: float = 0.0
    oversized: list = field(default_factory=list)  # (handle, type, deviation mm): beyond the tolerance
    similarity_only: list = field(default_factory=list)
    copied: list = field(default_factory=list)
    dimension_texts: list = field(default_factory=list)
    xrefs: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    audit_errors: list = field(default_factory=list)
    crs_note: str = ""
    converter: str = ""
    error: Optional[Message] = None

    @property
    def entities(self):
        return sum(self.counts_in.values())

    @property
    def failed(self):
        return self.error is not None


@dataclass
class BatchResult:
    source: str
    target: str
    datum_shift: int
    tolerance_mm: float
    output_folder: str
    files: list = field(default_factory=list)
    cancelled: bool = False

    @property
    def summary(self):
        return {"FILES": len(self.files), "ENTITIES": sum(f.entities for f in self.files),
                "FAILED": sum(1 for f in self.files if f.failed),
                "MAX_DEVIATION_MM": max((f.max_deviation_mm for f in self.files), default=0.0)}


def entity_counts(doc, more=None):
    """Entities by DXF type in model space, paper spaces and every block, attributes included (+ `more`)."""
    counts = Counter(more or {})
    for block in doc.blocks:
        for e in block:
            counts[e.dxftype()] += 1
            if e.dxftype() == "INSERT":
                counts["ATTRIB"] += len(e.attribs)
    return {k: v for k, v in sorted(counts.items()) if v}


def list_xrefs(doc, host):
    """Blocks flagged as external references, with the file each one points to if it exists."""
    found = []
    for block in doc.blocks:
        record = block.block
        if record is None or not record.is_xref:
            continue
        path = record.dxf.get("xref_path", "")
        resolved = _resolve(path, Path(host).parent)
        found.append(Xref(block.name, path, resolved, "outside_batch" if resolved else "missing"))
    return found


def _resolve(ref, folder):
    if not ref:
        return None
    name = ref.replace("\\", "/")
    candidates = [Path(name), folder / name, folder / Path(name).name]
    candidates += [c.with_suffix(".dxf") for c in candidates if c.suffix.lower() == ".dwg"]
    for c in candidates:
        if c.is_file():
            return str(c.resolve())
    return None


# --- DWG -----------------------------------------------------------------------------------------

def dwg_converter():
    """(name, path) of an installed DWG→DXF converter, LibreDWG first; None when there is none."""
    for name in ("dwg2dxf", "ODAFileConverter"):
        path = shutil.which(name)
        if path:
            return name, path
    return None


def dwg_to_dxf(source, folder):
    """Convert a DWG into `folder`; returns (dxf path, converter name)."""
    converter = dwg_converter()
    if converter is None:
        raise CanevasError(N_("{path} is a DWG drawing and no DWG converter is installed (LibreDWG dwg2dxf or "
                              "ODA File Converter): save it as DXF in your CAD software first, or install one."),
                           path=str(source))
    name, exe = converter
    out = Path(folder) / (Path(source).stem + ".dxf")
    if name == "dwg2dxf":
        command = [exe, "-o", str(out), str(source)]
    else:
        command = [exe, str(Path(source).parent), str(folder), "ACAD2018", "DXF", "0", "1", Path(source).name]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if not out.is_file():
        raise CanevasError(N_("{converter} could not convert {path} to DXF ({detail}): save it as DXF in your "
                              "CAD software."), converter=name, path=str(source),
                           detail=(run.stderr or run.stdout or "").strip()[-300:])
    return out, name


# --- one file --------------------------------------------------------------------------------------

def check_complete(path):
    """Stop on an empty DXF, or one that does not end with its end-of-file marker (0 / EOF): a copy cut short.

    ezdxf reads such a file by recovering what it can, and the output would lack the end of the drawing.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(str(path), "rb") as stream:
            head = stream.read(32)
            stream.seek(max(0, size - 64))
            tail = stream.read()
    except OSError as error:
        raise CanevasError(N_("{path} cannot be read ({detail}): check the file and its permissions."),
                           path=str(path), detail=error.strerror or str(error)) from error
    if not head.strip() and not tail.strip():
        raise CanevasError(N_("{path} is empty: it holds no drawing. Copy it again from where it was made."),
                           path=str(path))
    if head.startswith(b"AutoCAD Binary DXF"):
        complete = b"EOF" in tail[-8:]
    elif head.lstrip().split(b"\n", 1)[0].strip().isdigit():  # a text DXF starts with a group code
        complete = tail.rstrip().upper().endswith(b"EOF")
    else:
        return  # not a DXF at all: ezdxf says so
    if not complete:
        raise CanevasError(N_("{path} is truncated: it does not end with the DXF end-of-file marker (0 / EOF), so "
                              "the end of the drawing is missing. Copy it again in full, or open and save it "
                              "again in your CAD software."), path=str(path))


def read_drawing(path):
    import ezdxf
    from ezdxf.lldxf.const import DXFStructureError
    try:
        return ezdxf.readfile(str(path)), []
    except DXFStructureError:
        from ezdxf import recover
        try:
            doc, auditor = recover.readfile(str(path))
        except (OSError, DXFStructureError) as error:
            raise CanevasError(N_("{path} is not a readable DXF drawing ({detail}): open and save it again in "
                                  "your CAD software."), path=str(path), detail=str(error)) from error
        if auditor.fixes or auditor.errors:
            # what recovery drops or guesses would be missing or wrong in the output without a word
            raise CanevasError(N_("{path} is damaged: it could only be read by repairing it ({count} repair(s)), "
                                  "and what was repaired may be missing or wrong. Open it in your CAD software, "
                                  "run AUDIT or RECOVER, save it and transform it again."),
                               path=str(path), count=len(auditor.fixes) + len(auditor.errors)) from None
        return doc, [("recovered", str(path), str(len(auditor.fixes)))]
    except OSError as error:
        if Path(path).is_file() and os.access(str(path), os.R_OK):  # ezdxf says so of a file that is no DXF
            raise CanevasError(N_("{path} is not a readable DXF drawing ({detail}): open and save it again in "
                                  "your CAD software."), path=str(path), detail=str(error)) from error
        raise CanevasError(N_("{path} cannot be read ({detail}): check the file and its permissions."),
                           path=str(path), detail=str(error)) from error


def transform_file(source_path, output_path, source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT,
                   tolerance_mm=DEFAULT_TOLERANCE_MM, overwrite=False, cancelled=None, progress=None, verify=True,
                   tag_path=True):
    """Transform one DXF (or DWG, through a converter) into `output_path`; the input is only read.

    `tag_path`: the commonest entities are rewritten at tag level (fastpath.py), the same values ~3× faster;
    False sends every entity through ezdxf's object model.
    """
    with _collector_paused():
        return _transform_file(source_path, output_path, source, target, datum_shift, tolerance_mm, overwrite,
                               cancelled, progress, verify, tag_path)


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector off while one drawing is worked on, then one collection.

    A drawing makes ~10⁶ objects that live until it is written: the collector would walk them again and
    again for nothing (~45 % of the time of the tag path, ~25 % of the object model's). The drawing's own
    cycles (ezdxf's entities and document) are freed by the collection at the end, so memory stays flat.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)  # only what this drawing made: nothing was collected meanwhile


def _transform_file(source_path, output_path, source, target, datum_shift, tolerance_mm, overwrite, cancelled,
                    progress, verify, tag_path):
    source_path, output_path = Path(source_path), Path(output_path)
    if output_path.exists() and not overwrite:
        raise CanevasError(N_("{path} already exists: choose another output folder, or allow overwriting."),
                           path=str(output_path))
    if output_path.resolve() == source_path.resolve():
        raise CanevasError(N_("The output {path} is the input file: choose another output folder."),
                           path=str(output_path))
    result = FileResult(str(source_path), str(output_path))
    with tempfile.TemporaryDirectory(prefix="canevas-dwg-") as scratch:
        readable = source_path
        if source_path.suffix.lower() == ".dwg":
            readable, result.converter = dwg_to_dxf(source_path, scratch)
        check_complete(readable)
        tagged = fastpath.open_drawing(readable) if tag_path else None
        doc = _load(tagged)
        if doc is None:
            tagged = None
            doc, result.warnings = read_drawing(readable)
    result.counts_in = entity_counts(doc, tagged.counts() if tagged is not None else None)
    result.blocks_in = len(doc.blocks)
    result.xrefs = list_xrefs(doc, source_path)
    drawing = transform_document(doc, source, target, datum_shift, tolerance_mm / 1000.0, cancelled, progress,
                                 extra=tagged)
    _take(result, drawing)
    _save(doc, output_path, tagged)
    if tagged is not None:
        tagged.release()
    if verify:
        _verify(result, doc, output_path, readable if source_path.suffix.lower() == ".dxf" else None)
    return result


def _load(tagged):
    """ezdxf's part of a tag-path drawing; None sends the whole file to the object model."""
    if tagged is None:
        return None
    from ezdxf.lldxf.const import DXFError
    try:
        return tagged.load()
    except (DXFError, ValueError, KeyError):
        return None


def _take(result, drawing):
    result.max_deviation_mm = drawing.max_deviation_m * 1000.0
    result.oversized = [(h, t, gap * 1000.0) for h, t, gap in drawing.oversized]
    result.similarity_only = drawing.similarity_only
    result.copied = drawing.copied
    result.dimension_texts = drawing.dimension_texts
    result.warnings += drawing.warnings
    result.crs_note = drawing.crs_note


def _save(doc, output_path, tagged=None):
    output_path.parent.mkdir(parents=True, exist_ok=True)
    partial = output_path.with_name(output_path.name + ".part")
    try:
        if tagged is None:
            doc.saveas(str(partial))
        else:  # as ezdxf's saveas writes: text mode, the drawing's encoding, \U+ escapes for the rest
            text = tagged.compose(doc)
            with open(str(partial), "w", encoding=doc.output_encoding, errors="dxfreplace") as stream:
                stream.write(text)
        os.replace(str(partial), str(output_path))
    finally:
        if partial.exists():
            partial.unlink()


def _audit(path):
    import ezdxf
    doc = ezdxf.readfile(str(path))
    return doc, [str(getattr(e, "message", e)) for e in doc.audit().errors]


def _verify(result, doc, output_path, input_path):
    """The written file read back at tag level (well-formed, entity counts by type, blocks) and ezdxf's audit
    of the document as written, in memory (reading 20 000 entities back through ezdxf would cost +50 %; the
    tests read every output back with ezdxf, independently).

    Errors the input already had (e.g. invalid layer names) are not the transformation's: they are noted apart.
    """
    try:
        result.counts_out, result.blocks_out = tags.count_written(output_path)
    except (ValueError, OSError, IndexError) as error:
        result.audit_errors = [Message(N_("The written file {path} cannot be read back ({detail}): transform the "
                                          "drawing again; if it fails again, report it with the drawing."),
                                       path=str(output_path), detail=str(error))]
        return
    errors = [str(getattr(e, "message", e)) for e in doc.audit().errors]  # after saving: the file is as written
    if errors and input_path is not None:
        try:
            known = set(_audit(input_path)[1])
        except Exception:  # an input ezdxf had to recover: its errors are not known
            known = set()
        result.warnings += [("audit_error_in_input", e) for e in errors if e in known]
        errors = [e for e in errors if e not in known]
    result.audit_errors = errors


# --- batch -----------------------------------------------------------------------------------------

def list_inputs(input_path, recursive=False):
    """(files, base folder): the drawings to transform and the folder whose tree the output mirrors."""
    path = Path(input_path)
    if path.is_file():
        return [path], path.parent
    if not path.is_dir():
        raise CanevasError(N_("{path} is neither a DXF file nor a folder: choose an existing file or folder."),
                           path=str(path))
    pattern = path.rglob("*") if recursive else path.glob("*")
    files = sorted(p for p in pattern if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        if recursive:
            raise CanevasError(N_("No DXF or DWG drawing in {path} nor its sub-folders: choose another folder."),
                               path=str(path))
        raise CanevasError(N_("No DXF or DWG drawing in {path}: choose another folder, or include its "
                              "sub-folders (recursive)."), path=str(path))
    return files, path


def check_output_folder(input_path, output_folder):
    """Refuse an output folder that is the input folder or lies inside the input tree."""
    source = Path(input_path).resolve()
    out = Path(output_folder).resolve()
    if out.exists() and not out.is_dir():
        raise CanevasError(N_("The output {path} is a file: choose a folder."), path=str(out))
    if source.is_file():
        if out == source.parent:
            raise CanevasError(N_("The output folder {path} is the input's folder: the drawing would be "
                                  "replaced. Choose another folder."), path=str(out))
        return
    if out == source or source in out.parents:
        raise CanevasError(N_("The output folder {path} is inside the input folder {input}: choose a folder "
                              "outside it, so that the drawings are never replaced nor read twice."),
                           path=str(out), input=str(source))


def output_path_of(path, base, output_folder):
    return Path(output_folder) / Path(path).relative_to(base).with_suffix(".dxf")


def transform_batch(input_path, output_folder, source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT,
                    recursive=False, overwrite=False, tolerance_mm=DEFAULT_TOLERANCE_MM, progress=None,
                    cancelled=None, verify=True):
    """Transform every drawing of a file or folder into `output_folder` (the tree mirrored, same names).

    A failing file is reported in its FileResult and the batch goes on. Existing output files are refused
    before anything is written unless `overwrite`.
    """
    systems.check_datum_shift(datum_shift)
    for code in (source, target):
        if code not in ("REN09", "CC48", "L93"):
            raise ValueError("unknown system {!r}".format(code))
    files, base = list_inputs(input_path, recursive)
    check_output_folder(input_path, output_folder)
    outputs = [output_path_of(f, base, output_folder) for f in files]
    _refuse_existing(outputs, overwrite)
    existed = {str(p) for p in outputs if p.exists()}
    batch = BatchResult(source, target, datum_shift, tolerance_mm, str(output_folder))
    for n, (path, out) in enumerate(zip(files, outputs)):
        step = (lambda f, n=n: progress((n + f) / len(files))) if progress else None
        try:
            batch.files.append(transform_file(path, out, source, target, datum_shift, tolerance_mm, overwrite,
                                              cancelled, step, verify))
        except Cancelled:
            batch.cancelled = True
            break
        except CanevasError as error:
            batch.files.append(FileResult(str(path), str(out), error=error.message))
        except Exception as error:  # one bad drawing never stops the batch
            batch.files.append(FileResult(str(path), str(out), error=Message(
                N_("the drawing could not be transformed ({detail}): open and save it again in your CAD software; "
                   "if it fails again, report it with the drawing."), detail=str(error) or type(error).__name__)))
        if progress:
            progress((n + 1) / len(files))
        if cancelled is not None and cancelled():
            batch.cancelled = True
            break
    if batch.cancelled:
        _remove_written(batch, existed)
    _xref_status(batch, files)
    return batch


def _remove_written(batch, existed):
    """A cancelled batch leaves no new drawing behind: a batch is whole or absent (files it replaced are gone)."""
    for result in batch.files:
        if not result.failed and result.output not in existed:
            with contextlib.suppress(OSError):
                os.remove(result.output)


def _refuse_existing(outputs, overwrite):
    existing = [str(p) for p in outputs if p.exists()]
    if existing and not overwrite:
        raise CanevasError(N_("{count} output file(s) already exist, e.g. {path}: choose an empty output folder, "
                              "or allow overwriting."), count=len(existing), path=existing[0])


def _xref_status(batch, files):
    selected = {str(Path(f).resolve()) for f in files}
    for result in batch.files:
        for xref in result.xrefs:
            if xref.resolved is None:
                xref.status = "missing"
            else:
                xref.status = "in_batch" if xref.resolved in selected else "outside_batch"
