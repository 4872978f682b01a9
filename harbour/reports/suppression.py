"""Small-number suppression for published tables of children.

Published figures (for governors, trusts and commissioners) must not let a
reader work out a number of children smaller than the threshold (5 by default),
because a small number can point at a child.

Primary suppression
    Every published number from 1 to 4 (``threshold - 1``), cells and totals
    alike, is hidden and shown as "fewer than 5".

Zeros (our decision)
    A zero names no child, and hiding every zero hides real absences, so by
    default (``zeros="small-totals"``) zeros are shown, as in most UK official
    statistics, except in two cases where they are shown as "fewer than 5"
    (which is true of 0):

    - a zero that adds up to a total hidden as "fewer than 5" (and so on down
      the levels), unless another total it adds up to is a published 0, which
      shows it is 0 anyway. Otherwise "fewer than 5" beside zeros tells the
      reader that *all* of a small group of children share one answer (say,
      all of Year 3 at one school are getting risk support);
    - a zero hidden to protect another number (see below), where a zero is the
      cheapest thing to hide.

    So in published tables "fewer than 5" means 0 to 4. ``zeros="suppress"``
    hides every zero. ``zeros="show"`` never hides one, so "fewer than 5" means
    1 to 4; some tables then cannot be protected at all (one row of 1, 1, 1, 1
    adds up to a hidden total of at most 4, so every hidden 1 is known) and
    ``ValueError`` says so.

Secondary suppression
    A hidden number is no use if it can be recovered from the totals by
    subtraction, or narrowed to one value by combining several rows and
    columns. So we hide further ("complementary") numbers, shown as "hidden to
    protect a small number", until no hidden number can be worked out exactly.
    The check assumes a reader who knows this method: that a "fewer than 5"
    number is 0-4 (1-4 with ``zeros="show"``) and any other hidden number is 5
    or more.

How (for the technically minded)
    A table with row, column and grand totals is a network: the grand total
    flows from a source to each row (the row totals), from rows to columns (the
    cells) and from columns back (the column totals); every total is the sum of
    what it splits into. A hidden number can change, with every published
    number fixed, exactly when it lies on a cycle of hidden numbers along which
    +1/-1 can be pushed within their known bounds. Such networks are totally
    unimodular, so this cycle test is exact for whole numbers: a hidden number
    with no such cycle is uniquely determined, and one with a cycle is not.
    For each determined number we add the cheapest cycle: a shortest path
    through published numbers weighted by their size (totals count double, so
    cells inside the table are preferred), repeating until nothing changes.
    ``disclosure_ranges`` gives the exact range a reader could deduce for every
    hidden number (maximum flow in the same network), for audit.

Hierarchies
    ``suppress_hierarchy`` protects a table whose rows are grouped (for example
    settings, each split by age stage, with columns by I-THRIVE grouping),
    publishing every row, the subtotal row of each group, the group totals,
    column totals and grand total. It is the same network with one more layer.
    A full three-way table with every two-way total is not a network and is not
    supported: publish it as separate protected tables with different totals.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Reason = Literal["primary", "secondary"]
Zeros = Literal["show", "small-totals", "suppress"]
_UNBOUNDED = 10**12  # stands for "no upper limit" in capacities


@dataclass(frozen=True)
class Cell:
    """One published number: the value, or ``None`` with why it is hidden and what is shown.

    ``label`` is what the table shows: the number, "fewer than 5" (a hidden number
    from 0 to 4; 1 to 4 when zeros are always shown), or "hidden to protect a small
    number" (a hidden number of 5 or more).
    """

    value: int | None
    reason: Reason | None
    label: str

    @property
    def suppressed(self) -> bool:
        return self.reason is not None

    @property
    def small(self) -> bool:
        """Hidden, and known to be below the threshold."""
        return self.reason is not None and self.label.startswith("fewer than")


@dataclass(frozen=True)
class SuppressedTable:
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[str, dict[str, Cell]]
    row_totals: dict[str, Cell]
    column_totals: dict[str, Cell]
    grand_total: Cell
    threshold: int = 5


@dataclass(frozen=True)
class SuppressedGroup:
    rows: tuple[str, ...]
    cells: dict[str, dict[str, Cell]]
    row_totals: dict[str, Cell]
    subtotals: dict[str, Cell]  # the group's own row, by column
    total: Cell


@dataclass(frozen=True)
class SuppressedHierarchy:
    groups: dict[str, SuppressedGroup]
    columns: tuple[str, ...]
    column_totals: dict[str, Cell]
    grand_total: Cell
    threshold: int = 5


# --- the network ------------------------------------------------------------------------

Node = tuple[str, ...]
Key = tuple[str, ...]


@dataclass
class _Arc:
    key: Key
    tail: Node
    head: Node
    value: int
    is_total: bool
    parents: list[int] = field(default_factory=list)  # totals this number adds up to
    reason: Reason | None = None
    small: bool = False  # hidden and shown as "fewer than 5"


class _Network:
    def __init__(self) -> None:
        self.arcs: list[_Arc] = []
        self.index: dict[Key, int] = {}

    def add(self, key: Key, tail: Node, head: Node, value: int, *, total: bool) -> int:
        if value < 0:
            raise ValueError(f"Counts cannot be negative ({'/'.join(key[1:])}).")
        self.index[key] = len(self.arcs)
        self.arcs.append(_Arc(key, tail, head, value, total))
        return self.index[key]

    def link(self, child: Key, parent: Key) -> None:
        self.arcs[self.index[child]].parents.append(self.index[parent])


def _bounds(net: _Network, i: int, threshold: int, zeros: Zeros) -> tuple[int, int]:
    """What a reader knows about number ``i`` from how it is shown."""
    arc = net.arcs[i]
    if arc.reason is None:
        return arc.value, arc.value
    if not arc.small:
        return threshold, _UNBOUNDED
    return (1 if zeros == "show" else 0), threshold - 1


def _residual(
    net: _Network, threshold: int, zeros: Zeros, without: int
) -> dict[Node, dict[Node, int]]:
    """How far each hidden number can move, as capacities between nodes."""
    capacity: dict[Node, dict[Node, int]] = defaultdict(lambda: defaultdict(int))
    for i, arc in enumerate(net.arcs):
        if i == without or arc.reason is None:
            continue
        low, high = _bounds(net, i, threshold, zeros)
        if high > arc.value:
            capacity[arc.tail][arc.head] += high - arc.value
        if arc.value > low:
            capacity[arc.head][arc.tail] += arc.value - low
    return capacity


def _max_flow(capacity: dict[Node, dict[Node, int]], source: Node, sink: Node) -> int:
    """Edmonds-Karp; the capacities are changed in place."""
    flow = 0
    while True:
        parent: dict[Node, Node] = {source: source}
        queue = deque([source])
        while queue and sink not in parent:
            node = queue.popleft()
            for nxt, cap in capacity[node].items():
                if cap > 0 and nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        if sink not in parent:
            return flow
        push = _UNBOUNDED
        node = sink
        while node != source:
            push = min(push, capacity[parent[node]][node])
            node = parent[node]
        node = sink
        while node != source:
            capacity[parent[node]][node] -= push
            capacity[node][parent[node]] += push
            node = parent[node]
        flow += push
        if flow >= _UNBOUNDED:
            return _UNBOUNDED


def _range(net: _Network, i: int, threshold: int, zeros: Zeros) -> tuple[int, int | None]:
    """The exact smallest and largest value a reader could deduce (None: no upper limit)."""
    arc = net.arcs[i]
    low, high = _bounds(net, i, threshold, zeros)
    up = _max_flow(_residual(net, threshold, zeros, i), arc.head, arc.tail)
    down = _max_flow(_residual(net, threshold, zeros, i), arc.tail, arc.head)
    largest = arc.value + min(high - arc.value, up)
    return arc.value - min(arc.value - low, down), None if largest >= _UNBOUNDED else largest


def _can_move(net: _Network, i: int, threshold: int, zeros: Zeros) -> bool:
    arc = net.arcs[i]
    low, high = _bounds(net, i, threshold, zeros)
    capacity = _residual(net, threshold, zeros, i)
    ends = []
    if high > arc.value:
        ends.append((arc.head, arc.tail))
    if arc.value > low:
        ends.append((arc.tail, arc.head))
    for start, goal in ends:
        seen = {start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if node == goal:
                return True
            for nxt, cap in capacity[node].items():
                if cap > 0 and nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
    return False


def _cheapest_cycle(net: _Network, i: int, threshold: int, zeros: Zeros) -> list[int] | None:
    """Published numbers to hide so that number ``i`` can move: the cheapest set."""
    # Directed edges: (cost, arc index or -1 for already hidden, next node).
    edges: dict[Node, list[tuple[int, int, Node]]] = defaultdict(list)
    for j, arc in enumerate(net.arcs):
        if j == i:
            continue
        if arc.reason is not None:
            low, high = _bounds(net, j, threshold, zeros)
            if high > arc.value:
                edges[arc.tail].append((0, -1, arc.head))
            if arc.value > low:
                edges[arc.head].append((0, -1, arc.tail))
        elif arc.value >= threshold:  # once hidden, a reader knows only that it is >= 5
            cost = arc.value * (2 if arc.is_total else 1) + 1
            edges[arc.tail].append((cost, j, arc.head))
            if arc.value > threshold:
                edges[arc.head].append((cost, j, arc.tail))
        elif zeros != "show":  # a 0 hidden as "fewer than 5" (0-4) can only go up
            edges[arc.tail].append((1, j, arc.head))
    arc = net.arcs[i]
    low, high = _bounds(net, i, threshold, zeros)
    options = []
    if high > arc.value:
        options.append((arc.head, arc.tail))
    if arc.value > low:
        options.append((arc.tail, arc.head))
    best: tuple[int, list[int]] | None = None
    for start, goal in options:
        found = _shortest_path(edges, start, goal)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _shortest_path(
    edges: Mapping[Node, list[tuple[int, int, Node]]], start: Node, goal: Node
) -> tuple[int, list[int]] | None:
    counter = itertools.count()
    queue: list[tuple[int, int, Node, list[int]]] = [(0, next(counter), start, [])]
    done: set[Node] = set()
    while queue:
        cost, _tie, node, used = heapq.heappop(queue)
        if node == goal:
            return cost, used
        if node in done:
            continue
        done.add(node)
        for step, j, nxt in edges.get(node, []):
            if nxt not in done:
                heapq.heappush(
                    queue, (cost + step, next(counter), nxt, used + ([j] if j >= 0 else []))
                )
    return None


def _protect(net: _Network, threshold: int, zeros: Zeros) -> None:
    if threshold < 1:
        raise ValueError("The threshold is at least 1.")
    for arc in net.arcs:
        if 1 <= arc.value < threshold or (arc.value == 0 and zeros == "suppress"):
            arc.reason, arc.small = "primary", True
    spreading = zeros == "small-totals"
    while spreading:  # a zero under a hidden total is hidden too, down the levels
        spreading = False
        for arc in net.arcs:
            hidden_total = any(net.arcs[p].small for p in arc.parents)
            # Under a published 0 total it is known to be 0 anyway; hiding it would hide nothing.
            known = any(net.arcs[p].reason is None and net.arcs[p].value == 0 for p in arc.parents)
            if arc.reason is None and arc.value == 0 and hidden_total and not known:
                arc.reason, arc.small = "primary", True
                spreading = True
    changed = True
    while changed:
        changed = False
        for i, arc in enumerate(net.arcs):
            if arc.reason is None or _can_move(net, i, threshold, zeros):
                continue
            extra = _cheapest_cycle(net, i, threshold, zeros)
            if extra is None:
                raise ValueError(
                    "This table cannot be published safely, even with more numbers hidden: "
                    "merge some rows or columns and try again."
                )
            for j in extra:
                net.arcs[j].reason = "secondary"
                net.arcs[j].small = net.arcs[j].value < threshold
            changed = True


def _cell(net: _Network, key: Key, threshold: int) -> Cell:
    arc = net.arcs[net.index[key]]
    if arc.reason is None:
        return Cell(arc.value, None, str(arc.value))
    label = f"fewer than {threshold}" if arc.small else "hidden to protect a small number"
    return Cell(None, arc.reason, label)


# --- two-way tables ------------------------------------------------------------------------


def _columns(rows: Mapping[str, Mapping[str, int]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(col for row in rows.values() for col in row))


def _table_network(rows: Mapping[str, Mapping[str, int]]) -> tuple[_Network, tuple[str, ...]]:
    columns = _columns(rows)
    net = _Network()
    net.add(("grand",), ("T",), ("S",), sum(sum(r.values()) for r in rows.values()), total=True)
    for col in columns:
        value = sum(row.get(col, 0) for row in rows.values())
        net.add(("col", col), ("c", col), ("T",), value, total=True)
        net.link(("col", col), ("grand",))
    for name, row in rows.items():
        net.add(("row", name), ("S",), ("r", name), sum(row.values()), total=True)
        net.link(("row", name), ("grand",))
        for col in columns:
            net.add(("cell", name, col), ("r", name), ("c", col), row.get(col, 0), total=False)
            net.link(("cell", name, col), ("row", name))
            net.link(("cell", name, col), ("col", col))
    return net, columns


def suppress_table(
    rows: Mapping[str, Mapping[str, int]], threshold: int = 5, *, zeros: Zeros = "small-totals"
) -> SuppressedTable:
    """Protect a two-way table of counts published with its row, column and grand totals.

    ``rows`` maps each row label to its counts by column; a missing count is 0.
    """
    net, columns = _table_network(rows)
    _protect(net, threshold, zeros)
    return SuppressedTable(
        rows=tuple(rows),
        columns=columns,
        cells={r: {c: _cell(net, ("cell", r, c), threshold) for c in columns} for r in rows},
        row_totals={r: _cell(net, ("row", r), threshold) for r in rows},
        column_totals={c: _cell(net, ("col", c), threshold) for c in columns},
        grand_total=_cell(net, ("grand",), threshold),
        threshold=threshold,
    )


# --- one number on its own, and groups beside a whole -----------------------------------------


def count_cell(value: int, threshold: int = 5) -> Cell:
    """A number of children published on its own (no totals): hidden from 1 to ``threshold - 1``.

    A lone zero names no child, so it is shown. Use ``suppress_table`` instead as soon as
    the number sits in a table with other numbers it adds up with.
    """
    if value < 0:
        raise ValueError("Counts cannot be negative.")
    if 0 < value < threshold:
        return Cell(None, "primary", f"fewer than {threshold}")
    return Cell(value, None, str(value))


@dataclass(frozen=True)
class SuppressedGroups:
    table: SuppressedTable  # the groups' rows (its row and column totals are not published)
    whole: dict[str, Cell]  # the whole setting, by column


def suppress_groups(
    rows: Mapping[str, Mapping[str, int]],
    whole: Mapping[str, int],
    threshold: int = 5,
    *,
    zeros: Zeros = "small-totals",
) -> SuppressedGroups:
    """Protect counts by group published beside a row for the whole setting.

    Groups (classes, houses, caseloads) may overlap or leave children out, so the whole
    row need not be the sum of the group rows; but when every child is in exactly one
    group it is, and a reader could subtract. So the group rows are protected as a table
    whose column totals are known (complementary suppression hides a second number in the
    row or column of each small one), and a whole-setting number is published only where
    that column total is, and is not itself from 1 to 4. Row totals across columns are not
    published, but they are protected as if they were: that only hides more.
    """
    table = suppress_table(rows, threshold, zeros=zeros)
    cells: dict[str, Cell] = {}
    for column, value in whole.items():
        own = count_cell(value, threshold)
        total = table.column_totals.get(column)
        if own.suppressed or total is None or not total.suppressed:
            cells[column] = own
        elif value < threshold:
            cells[column] = Cell(None, "secondary", f"fewer than {threshold}")
        else:
            cells[column] = Cell(None, "secondary", "hidden to protect a small number")
    return SuppressedGroups(table=table, whole=cells)


# --- grouped rows ----------------------------------------------------------------------------


def _hierarchy_network(
    groups: Mapping[str, Mapping[str, Mapping[str, int]]],
) -> tuple[_Network, tuple[str, ...]]:
    columns = tuple(dict.fromkeys(c for rows in groups.values() for c in _columns(rows)))
    net = _Network()
    grand = sum(v for rows in groups.values() for row in rows.values() for v in row.values())
    net.add(("grand",), ("T",), ("S",), grand, total=True)
    for col in columns:
        value = sum(row.get(col, 0) for rows in groups.values() for row in rows.values())
        net.add(("col", col), ("c", col), ("T",), value, total=True)
        net.link(("col", col), ("grand",))
    for g, rows in groups.items():
        group_total = sum(v for row in rows.values() for v in row.values())
        net.add(("group", g), ("S",), ("g", g), group_total, total=True)
        net.link(("group", g), ("grand",))
        for col in columns:
            value = sum(row.get(col, 0) for row in rows.values())
            net.add(("subtotal", g, col), ("n", g, col), ("c", col), value, total=True)
            net.link(("subtotal", g, col), ("group", g))
            net.link(("subtotal", g, col), ("col", col))
        for name, row in rows.items():
            net.add(("row", g, name), ("g", g), ("r", g, name), sum(row.values()), total=True)
            net.link(("row", g, name), ("group", g))
            for col in columns:
                key = ("cell", g, name, col)
                net.add(key, ("r", g, name), ("n", g, col), row.get(col, 0), total=False)
                net.link(key, ("row", g, name))
                net.link(key, ("subtotal", g, col))
    return net, columns


def suppress_hierarchy(
    groups: Mapping[str, Mapping[str, Mapping[str, int]]],
    threshold: int = 5,
    *,
    zeros: Zeros = "small-totals",
) -> SuppressedHierarchy:
    """Protect a table with grouped rows, e.g. setting -> age stage -> counts by grouping."""
    net, columns = _hierarchy_network(groups)
    _protect(net, threshold, zeros)
    t = threshold
    return SuppressedHierarchy(
        groups={
            g: SuppressedGroup(
                rows=tuple(rows),
                cells={r: {c: _cell(net, ("cell", g, r, c), t) for c in columns} for r in rows},
                row_totals={r: _cell(net, ("row", g, r), t) for r in rows},
                subtotals={c: _cell(net, ("subtotal", g, c), t) for c in columns},
                total=_cell(net, ("group", g), t),
            )
            for g, rows in groups.items()
        },
        columns=columns,
        column_totals={c: _cell(net, ("col", c), t) for c in columns},
        grand_total=_cell(net, ("grand",), t),
        threshold=threshold,
    )


# --- audit ---------------------------------------------------------------------------------


def disclosure_ranges(
    rows: Mapping[str, Mapping[str, int]], threshold: int = 5, *, zeros: Zeros = "small-totals"
) -> dict[Key, tuple[int, int | None]]:
    """For each number hidden by ``suppress_table``, the exact range a reader could deduce.

    Keys are ``("cell", row, column)``, ``("row", row)``, ``("col", column)`` and
    ``("grand",)``; ``None`` as the top of a range means no upper limit.
    """
    net, _columns_ = _table_network(rows)
    _protect(net, threshold, zeros)
    return {
        arc.key: _range(net, i, threshold, zeros)
        for i, arc in enumerate(net.arcs)
        if arc.reason is not None
    }


def hierarchy_disclosure_ranges(
    groups: Mapping[str, Mapping[str, Mapping[str, int]]],
    threshold: int = 5,
    *,
    zeros: Zeros = "small-totals",
) -> dict[Key, tuple[int, int | None]]:
    """``disclosure_ranges`` for ``suppress_hierarchy``."""
    net, _columns_ = _hierarchy_network(groups)
    _protect(net, threshold, zeros)
    return {
        arc.key: _range(net, i, threshold, zeros)
        for i, arc in enumerate(net.arcs)
        if arc.reason is not None
    }
