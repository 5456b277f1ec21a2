"""Library errors become parley.Error (a ValueError) with the message the
command line prints after 'parley: '."""

import pytest

import parley
from conftest import MINI, run_cli


def cli_message(*args):
    code, out, err = run_cli(*args)
    assert code != 0 and out == ""
    assert err.startswith("parley: ")
    return err[len("parley: "):].rstrip("\n")


def test_a_bad_value_names_file_line_actor_and_range(tmp_path):
    # tests/cli/forecast_cli_test.cpp, SalienceOutOfRange: B's stance is line 11.
    path = tmp_path / "bad.yaml"
    path.write_text(MINI.replace("salience: 60", "salience: 160"))
    with pytest.raises(parley.Error) as caught:
        parley.load_scenario(path)
    message = str(caught.value)
    assert message == f"{path}:11: salience 160 for actor 'B' on issue 'status' outside [0, 100]"
    assert message == cli_message("forecast", path)
    assert caught.value.code == "invalid_input"
    assert caught.value.line == 11
    assert caught.value.file == str(path)
    assert isinstance(caught.value, ValueError)


def test_an_option_out_of_range_is_the_command_lines_message():
    with pytest.raises(parley.Error) as caught:
        parley.forecast("lachin-2023", model="eum", settings={"eum.q": 1.5})
    assert str(caught.value) == cli_message("forecast", "--model", "eum", "--set", "eum.q=1.5")
    assert "eum.q '1.5' outside [0, 1]" in str(caught.value)
    assert caught.value.code == "invalid_argument"


def test_an_unknown_model_lists_the_models():
    with pytest.raises(parley.Error) as caught:
        parley.forecast("lachin-2023", model="oracle")
    assert str(caught.value) == cli_message("forecast", "--model", "oracle")
    assert "compromise" in str(caught.value)
    assert caught.value.code == "not_found"


def test_an_unknown_scenario_says_it_is_neither_file_nor_built_in():
    with pytest.raises(parley.Error, match="^lachin-2024: no such file, and no built-in") as caught:
        parley.forecast("lachin-2024")
    assert caught.value.code == "not_found"


def test_a_setting_of_an_unknown_model_is_refused():
    with pytest.raises(parley.Error, match="unknown model 'oracle'"):
        parley.forecast("lachin-2023", settings={"oracle.depth": 3})


def test_sensitivity_takes_one_model():
    with pytest.raises(parley.Error, match="sensitivity takes one model"):
        parley.sensitivity("lachin-2023", model="all")
