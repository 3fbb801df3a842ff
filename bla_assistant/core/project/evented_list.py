"""A list that tells listeners what changed, so a Qt item model can follow it without Qt here.

Event order follows napari's EventedList: `inserting` / `removing` / `moving` fire before the
change (a Qt model calls beginInsertRows etc.), `inserted` / `removed` / `moved` after it (endXxx),
and `changed` when an item was edited in place (dataChanged).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Signal:
    """A minimal callback list: connect, disconnect, emit."""

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)


class ListEvents:
    """inserting(index), inserted(index, item), removing(index), removed(index, item),
    moving(src, dst), moved(src, dst, item), changed(index, item).

    For moves `dst` is the item's index after the move. A Qt model translates it to
    beginMoveRows' destination row as `dst + 1 if dst > src else dst`.
    """

    def __init__(self) -> None:
        self.inserting = Signal()
        self.inserted = Signal()
        self.removing = Signal()
        self.removed = Signal()
        self.moving = Signal()
        self.moved = Signal()
        self.changed = Signal()


class EventedList(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)
        self.events = ListEvents()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __getitem__(self, index: int) -> T:
        return self._items[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventedList):
            return self._items == other._items
        if isinstance(other, list):
            return self._items == other
        return NotImplemented

    def __repr__(self) -> str:
        return f"EventedList({self._items!r})"

    def index(self, item: T) -> int:
        # Identity first: two equal articles may sit in the list (a duplicated clause).
        for i, existing in enumerate(self._items):
            if existing is item:
                return i
        return self._items.index(item)

    def insert(self, index: int, item: T) -> None:
        index = max(0, min(index if index >= 0 else len(self._items) + index + 1,
                           len(self._items)))
        self.events.inserting.emit(index)
        self._items.insert(index, item)
        self.events.inserted.emit(index, item)

    def append(self, item: T) -> None:
        self.insert(len(self._items), item)

    def pop(self, index: int = -1) -> T:
        if index < 0:
            index += len(self._items)
        if not 0 <= index < len(self._items):
            raise IndexError(f"no item at index {index}")
        self.events.removing.emit(index)
        item = self._items.pop(index)
        self.events.removed.emit(index, item)
        return item

    def move(self, src: int, dst: int) -> None:
        """Move the item at `src` so that it ends up at index `dst`."""
        n = len(self._items)
        if not (0 <= src < n and 0 <= dst < n):
            raise IndexError(f"cannot move item {src} to {dst} in a list of {n}")
        if src == dst:
            return
        self.events.moving.emit(src, dst)
        item = self._items.pop(src)
        self._items.insert(dst, item)
        self.events.moved.emit(src, dst, item)

    def notify_changed(self, index: int) -> None:
        self.events.changed.emit(index, self._items[index])

    def to_list(self) -> list[T]:
        return list(self._items)
