"""parley.uncertainty and parley.sensitivity: the engine's numbers, the same
as the command line's, and Sobol indices of a model whose variance
decomposition is known."""

import csv
import io
import math

import pytest

import parley
from conftest import cli_json, run_cli

EXACT = 1e-9


def test_summary_equals_the_command_lines_and_its_draws():
    # 200 draws of lachin-2023 under the default seed 20231201, compromise alone.
    result = parley.uncertainty("lachin-2023", model="compromise", runs=200)
    cli = cli_json("uncertainty", "lachin-2023", "--model", "compromise", "--runs", "200",
                   "--format", "json")
    summary = result.summary.set_index("issue")
    for entry in cli["models"][0]["issues"]:
        row = summary.loc[entry["issue"]]
        assert row["point"] == pytest.approx(entry["point"], abs=EXACT)
        assert row["mean"] == pytest.approx(entry["mean"], abs=EXACT)
        assert row["sd"] == pytest.approx(entry["sd"], abs=EXACT)
        for name in ("p05", "p25", "p50", "p75", "p95"):
            assert row[name] == pytest.approx(entry["quantiles"][name], abs=EXACT)
    assert result.runs == 200 and result.seed == 20231201
    # One row per run and issue; the summary's quantiles are pandas' (type 7 both).
    assert len(result.draws) == 200 * 3
    quantiles = result.quantiles((0.05, 0.95)).set_index("issue")
    for issue, row in summary.iterrows():
        assert quantiles.loc[issue, 0.05] == pytest.approx(row["p05"], abs=EXACT)
        assert quantiles.loc[issue, 0.95] == pytest.approx(row["p95"], abs=EXACT)


def test_drawn_inputs_and_outcomes_equal_the_command_lines_draws_file(tmp_path):
    path = tmp_path / "draws.csv"
    code, _, err = run_cli("uncertainty", "lachin-2023", "--model", "compromise", "--runs", "20",
                           "--draws", path, "--quiet")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    result = parley.uncertainty("lachin-2023", model="compromise", runs=20)
    drawn = result.drawn_inputs
    assert list(drawn.columns[1:]) == result.inputs["input"].tolist()
    outcomes = result.draws.set_index(["run", "issue"])["outcome"]
    for run, row in enumerate(rows):
        for label in drawn.columns[1:]:
            assert drawn.loc[run, label] == pytest.approx(float(row[label]), rel=1e-12)
        for issue in ("checkpoints", "status", "south_route"):
            assert outcomes[(run, issue)] == pytest.approx(
                float(row[f"compromise:{issue}"]), rel=1e-12)


def test_same_seed_same_numbers_whatever_the_threads():
    one = parley.uncertainty("lachin-2023", model="compromise,eum", runs=50, threads=1)
    two = parley.uncertainty("lachin-2023", model="compromise,eum", runs=50, threads=2)
    assert one.draws.equals(two.draws)
    assert one.summary.equals(two.summary)


def test_a_gridlocked_model_counts_its_draws_without_a_point():
    # Nash gridlocks on every lachin-2023 issue at the point values (test_forecast.py);
    # each draw without a point is counted by its reason.
    result = parley.uncertainty("lachin-2023", model="nash", runs=30)
    for row in result.summary.itertuples():
        assert row.no_point == "infeasible"
        assert row.with_outcome + row.infeasible + row.skipped + row.cycle + row.round_cap == 30
        assert row.with_outcome > 0 or math.isnan(row.mean)


# tests/analysis/sensitivity_test.cpp: A (capability 3) and B (capability 1), equal
# salience, positions uniform on [0, 100]; compromise = (3 A + B) / 4, so
# S_A = ST_A = 0.5625 / 0.625 = 0.9 and S_B = ST_B = 0.1.
LINEAR = """parley: 1
id: linear
actors:
  - {id: A, role: parent_state, capability: 3}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: {value: 50, low: 0, high: 100, dist: uniform}, salience: 100}
  - {actor: B, issue: status, position: {value: 50, low: 0, high: 100, dist: uniform}, salience: 100}
"""
# Four standard errors at N = 20,000 plus the error of V (derived in sensitivity_test.cpp).
FIRST_ORDER_A_TOLERANCE = 0.04
FIRST_ORDER_B_TOLERANCE = 0.015
TOTAL_A_TOLERANCE = 0.035
TOTAL_B_TOLERANCE = 0.006


def test_sensitivity_of_two_uniform_positions_splits_ninety_ten(tmp_path):
    path = tmp_path / "linear.yaml"
    path.write_text(LINEAR)
    result = parley.sensitivity(path, model="compromise", base_runs=20000, seed=11, bootstrap=50,
                                threads=2)
    assert result.issues.loc[0, "rows_used"] == 20000
    a, b = result.indices.iloc[0], result.indices.iloc[1]
    assert a["input"].startswith("A ") and a["rank"] == 1
    assert a["first_order"] == pytest.approx(0.9, abs=FIRST_ORDER_A_TOLERANCE)
    assert b["first_order"] == pytest.approx(0.1, abs=FIRST_ORDER_B_TOLERANCE)
    assert a["total"] == pytest.approx(0.9, abs=TOTAL_A_TOLERANCE)
    assert b["total"] == pytest.approx(0.1, abs=TOTAL_B_TOLERANCE)
    assert a["first_order_low"] <= a["first_order"] <= a["first_order_high"]


def test_regimes_compare_the_three_tables():
    result = parley.regimes("lachin-2023", model="compromise")
    cli = cli_json("compare-regimes", "lachin-2023", "--format", "json")
    expected = {(regime["regime"], entry["issue"]): entry["outcome"]
                for regime in cli["comparisons"][0]["regimes"] for entry in regime["outcomes"]}
    assert len(result.outcomes) == len(expected) > 0
    for row in result.outcomes.itertuples():
        assert row.outcome == pytest.approx(expected[(row.regime, row.issue)], abs=EXACT)
