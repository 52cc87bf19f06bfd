"""When: dates mentioned in the text, and when a source was published."""
