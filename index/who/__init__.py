"""Who: names, the cast of a source, quotations and the speakers of each paragraph."""
