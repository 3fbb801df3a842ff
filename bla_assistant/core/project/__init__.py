"""Negotiation projects: the model, the edit commands, and the project file."""
