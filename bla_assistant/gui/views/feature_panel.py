"""A panel for an optional core feature: its body, or a note that this build lacks the feature."""

from __future__ import annotations

from bla_assistant.gui.core_features import available
from bla_assistant.gui.qt import QStackedWidget, QWidget
from bla_assistant.gui.views.placeholder import EmptyState


class FeaturePanel(QStackedWidget):
    """Two pages: `body`, which the subclass fills in, and `unavailable`, shown instead when
    the core module behind `feature` (see core_features.FEATURES) is not in this build, so the
    panel says so rather than offering controls that cannot work."""

    def __init__(self, feature: str, title: str, missing: str, parent=None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.unavailable = EmptyState(title, missing)
        self.addWidget(self.unavailable)
        self.body = QWidget()
        self.addWidget(self.body)
        self.setCurrentWidget(self.body if self.has_feature() else self.unavailable)

    def has_feature(self) -> bool:
        return available(self.feature)
