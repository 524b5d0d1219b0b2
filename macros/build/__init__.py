"""The site-wide build machinery: MkDocs hooks (hooks.py) and what they run on every page or on the whole
site — checks, search index, scripts, PDFs list, Material fixes. A new site-wide check goes here."""
