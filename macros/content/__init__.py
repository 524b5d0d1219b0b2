"""The content model: reading and validating data/ (one module per kind of data file, and the checks across
them). A new kind of data goes here: a pydantic schema, its loader, its checks. Nothing here writes HTML."""
