"""Dialogs: wizard, settings, about, recovery."""
