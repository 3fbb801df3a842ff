"""Panels: typed setters in, Qt signals out."""
