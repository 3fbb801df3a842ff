"""Background work on QThreadPool with progress and cancel."""
