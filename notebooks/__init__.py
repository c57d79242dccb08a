"""The report notebooks, installed as ``analysis.notebooks`` (see ``pyproject.toml``).

This file makes the folder a package, so that ``importlib.resources`` finds the notebooks in
an editable install (``make setup``) and in an installed wheel alike.
"""
