"""Reading files: formats, decoding, paragraphs and zones, scans, Office files and e-mail."""
