"""Small-number suppression: nothing 1-4 is published, nothing hidden can be worked out."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harbour.reports.suppression import (
    Cell,
    SuppressedGroups,
    SuppressedHierarchy,
    SuppressedTable,
    Zeros,
    count_cell,
    disclosure_ranges,
    hierarchy_disclosure_ranges,
    suppress_groups,
    suppress_hierarchy,
    suppress_table,
)

Key = tuple[str, ...]
Equation = tuple[Key, list[Key]]  # total = sum of parts


# --- an independent checker: what a reader can work out from the published table -----------


def table_view(
    table: SuppressedTable,
) -> tuple[dict[Key, Cell], list[Equation]]:
    """Every published number by key, and the sums that hold between them."""
    cells: dict[Key, Cell] = {("grand",): table.grand_total}
    equations: list[Equation] = []
    for c in table.columns:
        cells[("col", c)] = table.column_totals[c]
    for r in table.rows:
        cells[("row", r)] = table.row_totals[r]
        for c in table.columns:
            cells[("cell", r, c)] = table.cells[r][c]
        equations.append((("row", r), [("cell", r, c) for c in table.columns]))
    for c in table.columns:
        equations.append((("col", c), [("cell", r, c) for r in table.rows]))
    equations.append((("grand",), [("row", r) for r in table.rows]))
    equations.append((("grand",), [("col", c) for c in table.columns]))
    return cells, equations


def hierarchy_view(
    table: SuppressedHierarchy,
) -> tuple[dict[Key, Cell], list[Equation]]:
    cells: dict[Key, Cell] = {("grand",): table.grand_total}
    equations: list[Equation] = []
    for c in table.columns:
        cells[("col", c)] = table.column_totals[c]
        equations.append((("col", c), [("subtotal", g, c) for g in table.groups]))
    for g, group in table.groups.items():
        cells[("group", g)] = group.total
        equations.append((("group", g), [("subtotal", g, c) for c in table.columns]))
        equations.append((("group", g), [("row", g, r) for r in group.rows]))
        for c in table.columns:
            cells[("subtotal", g, c)] = group.subtotals[c]
            equations.append((("subtotal", g, c), [("cell", g, r, c) for r in group.rows]))
        for r in group.rows:
            cells[("row", g, r)] = group.row_totals[r]
            equations.append((("row", g, r), [("cell", g, r, c) for c in table.columns]))
            for c in table.columns:
                cells[("cell", g, r, c)] = group.cells[r][c]
    equations.append((("grand",), [("group", g) for g in table.groups]))
    equations.append((("grand",), [("col", c) for c in table.columns]))
    return cells, equations


def reader_bounds(
    cells: Mapping[Key, Cell], zeros: Zeros, threshold: int
) -> dict[Key, tuple[float, float]]:
    """What the labels alone tell a reader about each number."""
    bounds: dict[Key, tuple[float, float]] = {}
    for key, cell in cells.items():
        if cell.value is not None:
            bounds[key] = (cell.value, cell.value)
        elif cell.label == f"fewer than {threshold}":
            bounds[key] = (1 if zeros == "show" else 0, threshold - 1)
        else:
            assert cell.label == "hidden to protect a small number"
            bounds[key] = (threshold, math.inf)
    return bounds


def propagate(
    bounds: dict[Key, tuple[float, float]], equations: list[Equation]
) -> dict[Key, tuple[float, float]]:
    """Interval reasoning on every sum, repeated until nothing tightens.

    An equation with one unknown pins it; otherwise each unknown is bounded by
    the total minus the most and least the other parts can be.
    """
    bounds = dict(bounds)
    for _round in range(2_000):
        changed = False
        for total, parts in equations:
            low_sum = sum(bounds[p][0] for p in parts)
            high_sum = sum(bounds[p][1] for p in parts)
            t_low, t_high = bounds[total]
            new = (max(t_low, low_sum), min(t_high, high_sum))
            if new != bounds[total]:
                bounds[total], changed = new, True
            t_low, t_high = bounds[total]
            for p in parts:
                p_low, p_high = bounds[p]
                others_low = low_sum - p_low
                others_high = high_sum - p_high
                new = (max(p_low, t_low - others_high), min(p_high, t_high - others_low))
                if new != bounds[p]:
                    bounds[p], changed = new, True
                    low_sum += new[0] - p_low
                    high_sum += new[1] - p_high
        if not changed:
            return bounds
    raise AssertionError("propagation did not settle")


def assert_protected(
    cells: Mapping[Key, Cell],
    equations: list[Equation],
    truth: Mapping[Key, int],
    zeros: Zeros,
    threshold: int = 5,
) -> None:
    for key, cell in cells.items():
        # (a) nothing from 1 to 4 is published, and published numbers are true.
        if cell.value is not None:
            assert not 1 <= cell.value < threshold, key
            assert cell.value == truth[key], key
            assert not (zeros == "suppress" and cell.value == 0), key
        else:
            assert cell.reason in ("primary", "secondary")
            # The label tells the truth: "fewer than 5" is below 5, any other hidden number is not.
            assert (truth[key] < threshold) == cell.small, key
            if cell.reason == "primary":
                assert cell.small, key
    bounds = propagate(reader_bounds(cells, zeros, threshold), equations)
    for key, cell in cells.items():
        low, high = bounds[key]
        assert low <= truth[key] <= high, (key, bounds[key], truth[key])
        # (b) no hidden number is pinned down by working through the sums.
        if cell.value is None:
            assert low < high, (key, bounds[key])


def table_truth(rows: Mapping[str, Mapping[str, int]], columns: tuple[str, ...]) -> dict[Key, int]:
    truth: dict[Key, int] = {("grand",): sum(sum(r.values()) for r in rows.values())}
    for c in columns:
        truth[("col", c)] = sum(r.get(c, 0) for r in rows.values())
    for name, r in rows.items():
        truth[("row", name)] = sum(r.values())
        for c in columns:
            truth[("cell", name, c)] = r.get(c, 0)
    return truth


# --- worked examples ---------------------------------------------------------------------------


def test_a_2x2_table_hides_the_small_cell_and_its_complements() -> None:
    rows = {"School A": {"help": 3, "thriving": 10}, "School B": {"help": 12, "thriving": 20}}
    table = suppress_table(rows)
    labels = {r: {c: table.cells[r][c].label for c in table.columns} for r in table.rows}
    assert labels == {
        "School A": {"help": "fewer than 5", "thriving": "hidden to protect a small number"},
        "School B": {
            "help": "hidden to protect a small number",
            "thriving": "hidden to protect a small number",
        },
    }
    # Totals stay published: 13, 32, 15, 30, 45.
    assert [table.row_totals[r].value for r in table.rows] == [13, 32]
    assert [table.column_totals[c].value for c in table.columns] == [15, 30]
    assert table.grand_total.value == 45
    # A reader knows help + thriving = 13 in School A, "fewer than 5" is 0-4 and a hidden
    # number is 5 or more: help could be anything from 0 to 4, thriving 9 to 13.
    ranges = disclosure_ranges(rows)
    assert ranges[("cell", "School A", "help")] == (0, 4)
    assert ranges[("cell", "School A", "thriving")] == (9, 13)
    assert ranges[("cell", "School B", "help")] == (11, 15)
    # When zeros are always shown, "fewer than 5" means 1-4.
    assert disclosure_ranges(rows, zeros="show")[("cell", "School A", "help")] == (1, 4)


def test_a_one_row_table_cannot_be_undone_by_its_totals() -> None:
    rows = {"All children": {"thriving": 3, "getting-help": 10, "getting-more-help": 7}}
    table = suppress_table(rows)
    cells = table.cells["All children"]
    assert cells["thriving"].reason == "primary"
    assert table.column_totals["thriving"].reason == "primary"  # it equals the cell
    assert sum(1 for c in cells.values() if c.suppressed) >= 2
    ranges = disclosure_ranges(rows)
    low, high = ranges[("cell", "All children", "thriving")]
    assert high is not None and low < high


def test_one_column_table() -> None:
    rows = {"Reception": {"n": 2}, "Year 1": {"n": 9}, "Year 2": {"n": 11}}
    table = suppress_table(rows)
    truth = table_truth(rows, table.columns)
    assert_protected(*table_view(table), truth, "small-totals")
    assert table.cells["Reception"]["n"].label == "fewer than 5"


def test_zero_choices() -> None:
    rows = {
        "Home C": {"thriving": 3, "help": 0, "risk": 0},
        "School D": {"thriving": 30, "help": 12, "risk": 6},
    }
    shown = suppress_table(rows, zeros="show")
    assert shown.cells["Home C"]["help"].value == 0
    default = suppress_table(rows)  # the row total 3 is hidden, so its zeros are hidden too
    assert default.cells["Home C"]["help"].label == "fewer than 5"
    assert default.cells["Home C"]["risk"].label == "fewer than 5"
    assert default.cells["School D"]["risk"].reason != "primary"
    all_hidden = suppress_table({"A": {"x": 0, "y": 20}, "B": {"x": 8, "y": 9}}, zeros="suppress")
    assert all_hidden.cells["A"]["x"].reason == "primary"
    for zeros, table in (("show", shown), ("small-totals", default), ("suppress", all_hidden)):
        source = (
            rows if table is not all_hidden else {"A": {"x": 0, "y": 20}, "B": {"x": 8, "y": 9}}
        )
        assert_protected(*table_view(table), table_truth(source, table.columns), zeros)  # type: ignore[arg-type]


def test_showing_every_zero_can_make_a_table_unpublishable() -> None:
    rows = {"All": {"a": 1, "b": 1, "c": 1, "d": 1}}
    with pytest.raises(ValueError, match="cannot be published safely"):
        suppress_table(rows, zeros="show")
    table = suppress_table(rows)  # the default: "fewer than 5" may then be 0
    assert_protected(*table_view(table), table_truth(rows, table.columns), "small-totals")


def test_nothing_small_means_nothing_hidden() -> None:
    rows = {"A": {"x": 10, "y": 0}, "B": {"x": 7, "y": 25}}
    table = suppress_table(rows)
    assert not any(cell.suppressed for row in table.cells.values() for cell in row.values())
    assert table.cells["A"]["y"].label == "0"


def test_threshold_is_configurable_and_missing_counts_are_zero() -> None:
    assert suppress_table({"A": {"x": 8, "y": 12}, "B": {"x": 20}}).cells["B"]["y"].value == 0
    table = suppress_table({"A": {"x": 8, "y": 12}, "B": {"x": 20}}, threshold=10)
    assert table.cells["A"]["x"].label == "fewer than 10"
    # The missing count is 0, and hiding it (as "fewer than 10") is the cheapest protection.
    assert table.cells["B"]["y"].label == "fewer than 10"
    assert table.cells["B"]["y"].reason == "secondary"
    with pytest.raises(ValueError, match="negative"):
        suppress_table({"A": {"x": -1}})


def test_a_hierarchy_of_settings_and_age_stages() -> None:
    groups = {
        "Oak School": {
            "KS1": {"thriving": 30, "getting-help": 6, "getting-risk-support": 2},
            "KS2": {"thriving": 41, "getting-help": 9, "getting-risk-support": 0},
        },
        "Elm Home": {"KS3": {"thriving": 2, "getting-help": 1, "getting-risk-support": 1}},
    }
    table = suppress_hierarchy(groups)
    oak = table.groups["Oak School"]
    assert oak.cells["KS1"]["getting-risk-support"].label == "fewer than 5"
    assert oak.subtotals["thriving"].value == 71
    assert table.groups["Elm Home"].total.label == "fewer than 5"
    truth = hierarchy_truth(groups, table.columns)
    assert_protected(*hierarchy_view(table), truth, "small-totals")
    for low, high in hierarchy_disclosure_ranges(groups).values():
        assert high is None or low < high


def hierarchy_truth(
    groups: Mapping[str, Mapping[str, Mapping[str, int]]], columns: tuple[str, ...]
) -> dict[Key, int]:
    truth: dict[Key, int] = {("grand",): 0}
    for c in columns:
        truth[("col", c)] = 0
    for g, rows in groups.items():
        truth[("group", g)] = 0
        for c in columns:
            truth[("subtotal", g, c)] = sum(r.get(c, 0) for r in rows.values())
            truth[("col", c)] += truth[("subtotal", g, c)]
        for name, r in rows.items():
            truth[("row", g, name)] = sum(r.values())
            truth[("group", g)] += sum(r.values())
            for c in columns:
                truth[("cell", g, name, c)] = r.get(c, 0)
        truth[("grand",)] += truth[("group", g)]
    return truth


# --- properties on random tables --------------------------------------------------------------

counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 40))
zero_modes = st.sampled_from(["show", "small-totals", "suppress"])
safe_modes = st.sampled_from(["small-totals", "suppress"])


@st.composite
def tables(draw: st.DrawFn, max_rows: int = 5, max_cols: int = 5) -> dict[str, dict[str, int]]:
    n_rows = draw(st.integers(1, max_rows))
    n_cols = draw(st.integers(1, max_cols))
    return {f"r{i}": {f"c{j}": draw(counts) for j in range(n_cols)} for i in range(n_rows)}


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), zero_modes)
def test_random_tables_are_protected(rows: dict[str, dict[str, int]], zeros: Zeros) -> None:
    try:
        table = suppress_table(rows, zeros=zeros)
    except ValueError as refused:
        # Only when zeros are always shown: e.g. one row of 1, 1, 1, 1 has every number
        # hidden, yet four hidden numbers of at least 1 adding to at most 4 are all 1.
        assert zeros == "show" and "cannot be published safely" in str(refused)
        return
    truth = table_truth(rows, table.columns)
    assert_protected(*table_view(table), truth, zeros)
    # The module's exact ranges agree: every hidden number has at least two possible values.
    for key, (low, high) in disclosure_ranges(rows, zeros=zeros).items():
        assert low <= truth[key] and (high is None or truth[key] <= high)
        assert high is None or low < high, key


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["Oak", "Elm", "Ash"]),
        st.dictionaries(
            st.sampled_from(["KS1", "KS2", "KS3"]),
            st.fixed_dictionaries({"thriving": counts, "help": counts, "risk": counts}),
            min_size=1,
        ),
        min_size=1,
    ),
    zero_modes,
)
def test_random_hierarchies_are_protected(
    groups: dict[str, dict[str, dict[str, int]]], zeros: Zeros
) -> None:
    try:
        table = suppress_hierarchy(groups, zeros=zeros)
    except ValueError:
        assert zeros == "show"
        return
    assert_protected(*hierarchy_view(table), hierarchy_truth(groups, table.columns), zeros)
    for low, high in hierarchy_disclosure_ranges(groups, zeros=zeros).values():
        assert high is None or low < high


# --- the exact ranges against brute force on small tables ------------------------------------


def brute_force_ranges(
    table: SuppressedTable, zeros: Zeros, threshold: int = 5
) -> dict[Key, tuple[int, int]]:
    """Try every completion of the hidden cells; return the range of each hidden number."""
    cells, equations = table_view(table)
    bounds = reader_bounds(cells, zeros, threshold)
    # Interval reasoning only ever removes impossible values, so enumerating inside its
    # bounds misses nothing and keeps the search small.
    search = propagate(bounds, equations)
    cap = 60  # above any total in these tests: hitting it means "no upper limit"
    hidden = [k for k in cells if k[0] == "cell" and cells[k].value is None]
    seen: dict[Key, tuple[int, int]] = {}

    def fits(key: Key, value: int) -> bool:
        low, high = bounds[key]
        return low <= value <= min(high, cap)

    def visit(i: int, values: dict[Key, int]) -> None:
        if i < len(hidden):
            low, high = search[hidden[i]]
            for v in range(int(low), int(min(high, cap)) + 1):
                values[hidden[i]] = v
                visit(i + 1, values)
            return
        full = {
            k: (c.value if c.value is not None else values.get(k, 0))
            for k, c in cells.items()
            if k[0] == "cell"
        }
        sums: dict[Key, int] = {}
        for r in table.rows:
            sums[("row", r)] = sum(full[("cell", r, c)] for c in table.columns)
        for c in table.columns:
            sums[("col", c)] = sum(full[("cell", r, c)] for r in table.rows)
        sums[("grand",)] = sum(sums[("row", r)] for r in table.rows)
        if all(fits(k, v) for k, v in sums.items()):
            for k, v in {**sums, **{h: full[h] for h in hidden}}.items():
                if cells[k].value is None:
                    low, high = seen.get(k, (v, v))
                    seen[k] = (min(low, v), max(high, v))

    visit(0, {})
    return seen


small_counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 9))


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 2).flatmap(
        lambda n_rows: st.integers(1, 3).flatmap(
            lambda n_cols: st.fixed_dictionaries(
                {
                    f"r{i}": st.fixed_dictionaries({f"c{j}": small_counts for j in range(n_cols)})
                    for i in range(n_rows)
                }
            )
        )
    ),
    zero_modes,
)
def test_exact_ranges_match_brute_force(rows: dict[str, dict[str, int]], zeros: Zeros) -> None:
    try:
        table = suppress_table(rows, zeros=zeros)
    except ValueError:
        assert zeros == "show"
        return
    hidden_cells = sum(c.suppressed for r in table.cells.values() for c in r.values())
    if hidden_cells > 4:
        return  # too many to enumerate quickly
    expected = brute_force_ranges(table, zeros)
    got = disclosure_ranges(rows, zeros=zeros)
    assert set(got) == set(expected)
    for key, (low, high) in got.items():
        assert (low, 60 if high is None else high) == expected[key], key


# --- a number on its own, and groups beside the whole setting ---------------------------------


def test_a_lone_count_hides_one_to_four_and_shows_zero() -> None:
    assert count_cell(0) == Cell(0, None, "0")
    for n in (1, 2, 3, 4):
        assert count_cell(n) == Cell(None, "primary", "fewer than 5")
    assert count_cell(5).value == 5
    assert count_cell(9, threshold=10).label == "fewer than 10"
    with pytest.raises(ValueError, match="negative"):
        count_cell(-1)


def groups_view(
    protected: SuppressedGroups,
) -> tuple[dict[Key, Cell], list[Equation]]:
    """What a page of groups beside a whole row shows, when every child is in one group.

    That is the worst case: the whole row is then exactly the sum of the group rows, so a
    reader can subtract. The rows' totals across columns are not published.
    """
    table = protected.table
    cells: dict[Key, Cell] = {}
    equations: list[Equation] = []
    for c, whole in protected.whole.items():
        cells[("whole", c)] = whole
        for r in table.rows:
            cells[("cell", r, c)] = table.cells[r][c]
        equations.append((("whole", c), [("cell", r, c) for r in table.rows]))
    return cells, equations


def test_a_small_group_is_protected_from_the_whole_setting_row() -> None:
    rows = {"Year 3": {"calm": 2, "words": 8}, "Year 4": {"calm": 9, "words": 6}}
    protected = suppress_groups(rows, {"calm": 11, "words": 14})
    cells = protected.table.cells
    assert cells["Year 3"]["calm"].label == "fewer than 5"
    # 11 - 9 would give the 2 away: Year 4's number is hidden too (or the whole is).
    assert cells["Year 4"]["calm"].suppressed or protected.whole["calm"].suppressed
    # ... and so is another number in Year 3's row, as if its total were published.
    assert cells["Year 3"]["words"].suppressed
    truth = {("cell", r, c): v for r, row in rows.items() for c, v in row.items()}
    truth |= {("whole", "calm"): 11, ("whole", "words"): 14}
    assert_protected(*groups_view(protected), truth, "small-totals")


def test_with_no_groups_the_whole_row_is_a_lone_count() -> None:
    protected = suppress_groups({}, {"calm": 3, "words": 7, "play": 0})
    assert [protected.whole[c].label for c in ("calm", "words", "play")] == [
        "fewer than 5",
        "7",
        "0",
    ]


@st.composite
def partitions(draw: st.DrawFn) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Groups that every child is in exactly one of, so the whole row is their sum."""
    rows = draw(tables(max_rows=5, max_cols=4))
    columns = tables_columns(rows)
    return rows, {c: sum(row[c] for row in rows.values()) for c in columns}


def tables_columns(rows: Mapping[str, Mapping[str, int]]) -> list[str]:
    return list(dict.fromkeys(c for row in rows.values() for c in row))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partitions())
def test_no_hidden_group_number_can_be_worked_out_from_the_whole_row(
    data: tuple[dict[str, dict[str, int]], dict[str, int]],
) -> None:
    rows, whole = data
    protected = suppress_groups(rows, whole)
    truth: dict[Key, int] = {("whole", c): v for c, v in whole.items()}
    truth |= {("cell", r, c): v for r, row in rows.items() for c, v in row.items()}
    assert_protected(*groups_view(protected), truth, "small-totals")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_rows=4, max_cols=3), st.lists(counts, min_size=3, max_size=3))
def test_groups_that_overlap_or_leave_children_out_still_publish_nothing_small(
    rows: dict[str, dict[str, int]], extra: list[int]
) -> None:
    """When the whole row is not the sum (overlaps, children in no group), labels stay true."""
    columns = tables_columns(rows)
    whole = {c: extra[i] for i, c in enumerate(columns)}
    protected = suppress_groups(rows, whole)
    shown = [*protected.whole.items()]
    shown += [(c, protected.table.cells[r][c]) for r in rows for c in columns]
    truth = [*whole.values()] + [rows[r][c] for r in rows for c in columns]
    for (_column, cell), value in zip(shown, truth, strict=True):
        assert cell.value is None or not 1 <= cell.value <= 4
        assert cell.value in (None, value)
        assert cell.value is not None or cell.small == (value < 5)
