from __future__ import annotations

from harbour.core.charts import Series, bar_chart, heat_map, line_chart


def test_a_bar_chart_has_a_title_a_description_and_a_table() -> None:
    chart = bar_chart(
        ["Mon", "Tue"], [Series("Difficult", [3, 1]), Series("Positive", [2, 5])], title="By day"
    )
    assert 'role="img"' in chart.svg and "<title" in chart.svg and "<desc" in chart.svg
    assert chart.svg.count('<rect class="bar') == 4
    assert chart.rows == (("Mon", "3", "2"), ("Tue", "1", "5"))
    assert "highest 3 (Mon)" in chart.summary and "highest 5 (Tue)" in chart.summary


def test_labels_are_escaped() -> None:
    chart = bar_chart(["<script>"], [Series("a&b", [1])], title="x<y")
    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg


def test_a_line_chart_leaves_gaps_for_missing_values() -> None:
    chart = line_chart(
        ["w1", "w2", "w3"], [Series("Score", [0.2, None, 0.8])], title="Over time", y_max=1
    )
    assert chart.svg.count("<circle") == 2
    assert chart.svg.count("<polyline") == 0  # the two known points are not joined across the gap
    joined = line_chart(["a", "b", "c"], [Series("S", [1, 2, None])], title="t")
    assert joined.svg.count("<polyline") == 1
    assert chart.rows[1] == ("w2", "—")


def test_a_heat_map_shades_low_values_warmer_when_low_is_concern() -> None:
    chart = heat_map(["Oak"], ["Feelings", "Others"], [[0.1, 0.9]], title="Domains")
    fills = [part.split('fill="')[1][:7] for part in chart.svg.split('<rect class="cell"')[1:]]
    assert fills[0] != fills[1]
    # A low score (concern) is redder than a high score.
    assert int(fills[0][1:3], 16) >= int(fills[1][1:3], 16)


def test_count_axes_use_whole_numbers() -> None:
    chart = bar_chart(["a"], [Series("n", [1])], title="t")
    labels = [part.split(">")[1].split("<")[0] for part in chart.svg.split('text-anchor="end"')[1:]]
    assert labels == ["0", "1"]
    chart = bar_chart(["a"], [Series("n", [9])], title="t")
    labels = [part.split(">")[1].split("<")[0] for part in chart.svg.split('text-anchor="end"')[1:]]
    assert labels == ["0", "3", "6", "9"]


def test_short_axis_labels_go_under_the_bars_and_full_labels_into_the_table() -> None:
    chart = bar_chart(
        ["Monday", "Tuesday"],
        [Series("Moments", [2, 3])],
        title="Moments by day",
        axis_labels=["Mon", "Tue"],
    )
    assert ">Mon</text>" in chart.svg and ">Monday</text>" not in chart.svg
    assert [row[0] for row in chart.rows] == ["Monday", "Tuesday"]
    assert "(Tuesday)" in chart.summary


def test_a_one_to_five_scale_has_a_gridline_at_each_point() -> None:
    chart = line_chart(["a", "b"], [Series("Intensity", [2.5, 3])], title="t", y_min=0, y_max=5)
    for point in ("0", "1", "2", "3", "4", "5"):
        assert f">{point}</text>" in chart.svg
    assert ">1.2</text>" not in chart.svg


def test_a_long_time_axis_names_about_six_dates_and_none_side_by_side() -> None:
    import re

    for n in (2, 7, 12, 13, 26, 52):
        labels = [f"{i:02d} Jan 2026" for i in range(1, n + 1)]
        svg = str(line_chart(labels, [Series("Feeling", list(range(n)))], title="t"))
        shown = [int(m) for m in re.findall(r'class="axis-label"[^>]*>(\d\d) Jan', svg)]
        assert shown[0] == 1 and len(shown) <= 7, (n, shown)
        gaps = [b - a for a, b in zip(shown, shown[1:], strict=False)]
        assert all(g >= 2 for g in gaps) or n <= 6, (n, shown)
