"""The index on disk: its schema, the writer and the records of sources."""
