"""The renderers that pages' macros call: each takes the page's `Reader` (reader.py) and content, and returns
HTML. A new macro's work goes here; macros/__init__.py registers the macro."""
