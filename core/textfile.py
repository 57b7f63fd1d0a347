"""Text files as surveyors hand them over: decoded with a clear message, written whole or not at all.

Reading: byte-order marks (UTF-8 from Excel, UTF-16 from Windows tools) are honoured whatever the
chosen encoding; binary files are recognised instead of being reported as a wrong encoding.
Writing: next to the target then renamed, so an output is whole or absent; folders that are
missing or read-only give a message, never a traceback.
"""

import codecs
import os
import tempfile
from dataclasses import dataclass

from .messages import N_, CanevasError

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
ENCODING_LABELS = {"utf-8": "UTF-8", "cp1252": "Windows-1252 (cp1252)", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}


@dataclass
class TextFile:
    lines: list         # without line endings
    encoding: str       # what the file is written back in
    bom: bytes          # the byte-order mark to write back (b"" when none)
    newline: str        # "\r\n" or "\n", as found
    final_newline: bool  # the file ended with a line ending


def _binary_offset(data):
    """Offset of the first byte that no text file holds (NUL or a C0 control other than tab/CR/LF/FF/EOF)."""
    for offset, byte in enumerate(data[:65536]):
        if byte < 32 and byte not in (9, 10, 12, 13, 26):
            return offset
    return None


def decode(data, encoding, name=""):
    """Decode the bytes of a text file; raises CanevasError naming the problem and the fix."""
    bom, actual = b"", encoding
    for mark, bom_encoding in _BOMS:
        if data.startswith(mark):
            bom, actual = mark, bom_encoding
            break
    body = data[len(bom):]
    if not bom:
        offset = _binary_offset(body)
        if offset is not None:
            raise CanevasError(N_("« {name} » is not a text file (byte {offset} is a control character): save it as "
                                  "a CSV or TXT file from the software that made it."),
                               name=name, offset=offset)
    try:
        text = body.decode(actual)
    except UnicodeDecodeError as error:
        other = "cp1252" if actual == "utf-8" else "utf-8"
        try:
            body.decode(other)
        except UnicodeDecodeError:
            raise CanevasError(N_("« {name} » is neither UTF-8 nor Windows-1252 text (byte {offset}): save it as "
                                  "UTF-8 text and run again."), name=name, offset=error.start) from None
        raise CanevasError(N_("« {name} » is not {encoding} text (byte {offset}) but reads as {other}: choose the "
                              "encoding {other}."), name=name, offset=error.start,
                           encoding=ENCODING_LABELS.get(actual, actual), other=ENCODING_LABELS[other]) from None
    newline = "\r\n" if "\r\n" in text else "\n"
    return TextFile(text.splitlines(), actual, bom, newline, text.endswith(("\n", "\r")))


def read(path, encoding):
    """Read and decode a text file (see decode)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise CanevasError(N_("« {path} » cannot be read ({reason}): choose an existing, readable file."),
                           path=path, reason=error.strerror or str(error)) from None
    return decode(data, encoding, os.path.basename(path))


def write_atomically(path, like, lines, mode_from=None):
    """Write `lines` in the encoding, mark and line endings of `like` (a TextFile), whole or not at all."""
    text = like.newline.join(lines) + (like.newline if like.final_newline else "")
    data = like.bom + text.encode(like.encoding)
    write_bytes_atomically(path, data, mode_from)


def write_bytes_atomically(path, data, mode_from=None):
    """Write bytes to `path` through a temporary file in the same folder then a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=".canevas-", dir=folder)
    except OSError as error:
        raise CanevasError(N_("The output folder « {folder} » cannot be written ({reason}): choose a folder you "
                              "can write to."), folder=folder, reason=error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if mode_from:
            os.chmod(tmp, os.stat(mode_from).st_mode & 0o777)  # mkstemp makes it private; share it like the input
        os.replace(tmp, path)
    except OSError as error:
        raise CanevasError(N_("« {path} » cannot be written ({reason}): choose another output file."),
                           path=path, reason=error.strerror or str(error)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
