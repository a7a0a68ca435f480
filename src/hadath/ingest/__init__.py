"""Readers: bytes on disk (text, HTML, JSONL) -> `RawDoc`, with encoding detection."""

from hadath.ingest.encoding import decode_bytes
from hadath.ingest.readers import ReadResult, Skipped, raw_from_record, read_file
from hadath.ingest.walk import iter_input_files, read_path, read_paths

__all__ = [
    "ReadResult",
    "Skipped",
    "decode_bytes",
    "iter_input_files",
    "raw_from_record",
    "read_file",
    "read_path",
    "read_paths",
]
