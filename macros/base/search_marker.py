"""The mark of what the search index leaves out (Material's search plugin reads `data-search-exclude`)."""

from markupsafe import Markup

NOT_INDEXED = {"data-search-exclude": "true"}  # as attributes (base/html.py); Material drops it once indexed
EXCLUDE = Markup(' data-search-exclude="true"')  # written into a tag
