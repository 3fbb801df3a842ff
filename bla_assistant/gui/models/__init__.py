"""Qt item models over core objects: they project, never copy."""
