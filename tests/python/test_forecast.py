"""parley.forecast, bottom_line, trajectories and run on hand-derivable
scenarios and against the command line's own output."""

import math

import pandas as pd
import pytest

import parley
from conftest import cli_json

EXACT = 1e-9  # closed forms in double precision; the CLI's JSON keeps 17 digits


def test_compromise_of_two_actors_is_their_capability_weighted_mean(tmp_path):
    # A (capability 1) at 0 and B (capability 3) at 100, both full salience:
    # compromise (1 x 0 + 3 x 100) / 4 = 75 (models.md: sum c s x / sum c s);
    # the weighted median is 100 (A's weight 1 is under half of 4).
    path = tmp_path / "two.yaml"
    path.write_text("""parley: 1
id: two
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 3}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100}
  - {actor: B, issue: status, position: 100, salience: 100}
""")
    frame = parley.forecast(path, model="compromise,weighted_median")
    assert list(frame["model"]) == ["compromise", "weighted_median"]
    assert frame["forecast"].tolist() == pytest.approx([75.0, 100.0], abs=EXACT)
    assert frame["termination"].tolist() == ["closed_form", "closed_form"]
    assert frame["no_point"].isna().all()


def test_bottom_line_is_the_median_of_the_points_with_the_red_lines_it_crosses(mini):
    # tests/cli/bottom_line_cli_test.cpp: median of 0 and 31.25 is 15.625; B's red
    # line [60, 100] is crossed; no uncertain input, so no interval.
    line = parley.bottom_line(mini, model="weighted_median,compromise")
    assert len(line) == 1
    row = line.iloc[0]
    assert row["issue"] == "status"
    assert row["central"] == pytest.approx(15.625, abs=EXACT)
    assert row["low"] == pytest.approx(0.0, abs=EXACT)
    assert row["high"] == pytest.approx(31.25, abs=EXACT)
    assert row["models_with_point"] == 2
    assert row["red_lines_crossed"] == "B"
    assert row["interval_low"] is None or math.isnan(row["interval_low"])


def test_gridlock_is_no_point_with_the_status_quo_and_the_veto_holders(mini):
    # A at 0 and B at 100 both care: no move from the status quo 50 helps both,
    # so Nash bargaining under unanimity has no point (bottom_line_cli_test.cpp).
    frame = parley.forecast(mini, model="compromise,nash").set_index("model")
    assert frame.loc["compromise", "forecast"] == pytest.approx(31.25, abs=EXACT)
    assert frame.loc["compromise", "red_lines_crossed"] == "B"
    nash = frame.loc["nash"]
    assert math.isnan(nash["forecast"])
    assert nash["no_point"] == "infeasible"
    assert nash["termination"] == "infeasible"
    assert nash["state"] == pytest.approx(50.0, abs=EXACT)
    assert "veto every move up" in nash["message"]
    assert nash["veto_holders"] != ""


def test_default_forecast_equals_the_command_lines(tmp_path):
    # Every model and issue of lachin-2023, as `parley forecast --format json` gives them.
    frame = parley.forecast("lachin-2023")
    cli = cli_json("forecast", "lachin-2023", "--format", "json", "--runs", "0")
    expected = {(issue["issue"], model["model"]): issue["outcome"]
                for model in cli["models"] for issue in model["issues"]}
    assert len(frame) == len(expected) == 18  # 3 issues x 6 models
    for row in frame.itertuples():
        assert row.state == pytest.approx(expected[(row.issue, row.model)], abs=EXACT)
    # Issue by issue, models in the command line's order.
    assert frame["issue"].tolist()[:6] == ["checkpoints"] * 6
    assert frame["model"].tolist()[:6] == [m["model"] for m in cli["models"]]


def test_bottom_line_interval_equals_the_command_lines():
    # 200 draws under seed 20231201, as `parley forecast` runs by default.
    line = parley.bottom_line("lachin-2023").set_index("issue")
    cli = cli_json("forecast", "lachin-2023", "--format", "json")
    for entry in cli["bottom_line"]:
        row = line.loc[entry["issue"]]
        assert row["central"] == pytest.approx(entry["central"], abs=EXACT)
        assert row["interval_low"] == pytest.approx(entry["interval"]["low"], abs=EXACT)
        assert row["interval_high"] == pytest.approx(entry["interval"]["high"], abs=EXACT)
        assert row["interval_draws"] == 200


def test_settings_reach_the_model_as_the_command_lines_set():
    # eum.max_rounds=3 caps EUM at round 3 (the CLI's --set eum.max_rounds=3).
    rounds = parley.trajectories("lachin-2023", model="eum", settings={"eum.max_rounds": 3})
    assert rounds["round"].max() == 3
    frame = parley.forecast("lachin-2023", model="eum", settings={"eum.max_rounds": 3})
    cli = cli_json("forecast", "lachin-2023", "--model", "eum", "--set", "eum.max_rounds=3",
                   "--format", "json", "--runs", "0")
    assert frame["state"].tolist() == pytest.approx(
        [issue["outcome"] for issue in cli["models"][0]["issues"]], abs=EXACT)
    assert set(frame["termination"]) <= {"max_rounds", "cycle", "converged"}


def test_run_gives_positions_round_by_round(mini):
    result = parley.run(mini, model="compromise")
    assert isinstance(result.positions, pd.DataFrame)
    start = result.positions[result.positions["round"] == 0].set_index("actor")["position"]
    assert start.to_dict() == {"A": 0.0, "B": 100.0, "C": 40.0}


def test_scenarios_and_models_are_listed():
    builtins = parley.builtin_scenarios()
    assert "lachin-2023" in builtins["id"].tolist()
    assert parley.default_scenario_id() == "lachin-2023"
    names = parley.models()["model"].tolist()
    assert names[:3] == ["weighted_median", "compromise", "nash"]
    options = parley.model_options("eum")
    assert "eum.max_rounds" in options["key"].tolist()
    scenario = parley.load_scenario("lachin-2023")
    assert scenario.id == "lachin-2023"
    assert scenario.issues()["issue"].tolist() == ["checkpoints", "status", "south_route"]
    assert len(scenario.uncertain_inputs()) > 0
