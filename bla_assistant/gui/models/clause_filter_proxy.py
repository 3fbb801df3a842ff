"""Search-as-you-type and filters over the library tree (QSortFilterProxyModel)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bla_assistant.core.library.model import Clause
from bla_assistant.gui.models.library_tree_model import ClauseNode, GroupNode, fold
from bla_assistant.gui.qt import QSortFilterProxyModel


@dataclass(frozen=True)
class ClauseFilter:
    """Empty strings mean "any"."""

    text: str = ""
    agreement_type: str = ""
    lens: str = ""
    sector: str = ""
    language: str = ""
    source: str = ""

    @property
    def active(self) -> bool:
        return any((self.text.strip(), self.agreement_type, self.lens, self.sector,
                    self.language, self.source))


def clause_matches(node: ClauseNode, flt: ClauseFilter) -> bool:
    clause: Clause = node.clause
    if flt.agreement_type and flt.agreement_type not in clause.agreement_types:
        return False
    if flt.lens and flt.lens not in clause.lenses:
        return False
    if flt.sector and flt.sector not in clause.sectors and "all" not in clause.sectors:
        return False
    if flt.language and flt.language not in clause.languages:
        return False
    if flt.source and not any(s.instrument == flt.source for s in clause.sources):
        return False
    # Every word must appear somewhere: titles, texts, notes or tags.
    return all(word in node.haystack for word in fold(flt.text).split())


class ClauseFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ClauseFilter()
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    @property
    def current_filter(self) -> ClauseFilter:
        return self._filter

    def set_filter(self, flt: ClauseFilter) -> None:
        if flt == self._filter:
            return
        # begin/endFilterChange replace invalidateFilter from Qt 6.10 on.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._filter = flt
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filter = flt
            self.invalidateFilter()

    def update_filter(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        node = model.node(model.index(source_row, 0, source_parent))
        if isinstance(node, GroupNode):
            # Groups show only through their matching clauses while a filter is on.
            return not self._filter.active
        if isinstance(node, ClauseNode):
            return clause_matches(node, self._filter)
        return False
