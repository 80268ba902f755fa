"""Build tooling: the PyInstaller spec, the package builders and the names they share (layout.py)."""
