"""parley: forecasts of multi-party negotiations, as pandas DataFrames.

    >>> import parley
    >>> parley.forecast("lachin-2023")          # one row per issue and model
    >>> parley.bottom_line("lachin-2023")       # one row per issue
    >>> parley.uncertainty("lachin-2023", runs=1000).summary

Every function takes a scenario (a parley.Scenario, a file path or a
built-in id), a model ("all", a name, or "compromise,eum"), and model
settings as the command line's --set ({"eum.max_rounds": 20}). Library
errors raise parley.Error (a ValueError) with the command line's message.
docs/python.md documents every column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional

try:
    import pandas as pd
except ImportError as missing:  # e.g. a pyenv or venv python3 first on PATH
    raise ImportError(
        f"parley needs pandas, and is built for Debian's /usr/bin/python3 ({missing}); run "
        "PYTHONPATH=build/python /usr/bin/python3 ... after scripts/setup.sh (docs/python.md)"
    ) from missing

from . import _parley
from ._parley import Error, Scenario, default_scenario_id
from ._common import ScenarioLike, frame as _frame, load_scenario, scenario as _scenario
from ._common import settings as _settings

__all__ = [
    "Error",
    "Scenario",
    "load_scenario",
    "builtin_scenarios",
    "default_scenario_id",
    "models",
    "model_options",
    "forecast",
    "bottom_line",
    "trajectories",
    "run",
    "regimes",
    "uncertainty",
    "sensitivity",
    "ForecastResult",
    "RegimeResult",
    "UncertaintyResult",
    "SensitivityResult",
]

def builtin_scenarios() -> pd.DataFrame:
    """The scenarios that ship with parley: id, name, as_of."""
    return _frame(_parley._builtin_scenarios())


def models() -> pd.DataFrame:
    """Every registered model: model, description, iterative, joint, combines_models."""
    return _frame(_parley._models())


def model_options(model: Optional[str] = None) -> pd.DataFrame:
    """Every model option: key ("eum.max_rounds"), model, option, default, range,
    reference, description; only `model`'s when given."""
    frame = _frame(_parley._model_options())
    if model is not None:
        frame = frame[frame["model"] == model].reset_index(drop=True)
    return frame


def _actors(self: Scenario) -> pd.DataFrame:
    """One row per actor: actor, name, role, capability (and its range)."""
    return _frame(self._actors())


def _issues(self: Scenario) -> pd.DataFrame:
    """One row per issue: its scale, status quo, real outcome, group."""
    return _frame(self._issues())


def _stances(self: Scenario) -> pd.DataFrame:
    """One row per stance: actor, issue, position, salience (0-1), red line."""
    return _frame(self._stances())


def _uncertain_inputs(self: Scenario) -> pd.DataFrame:
    """The inputs Monte Carlo and sensitivity draw, in their order."""
    return _frame(self._uncertain_inputs())


Scenario.actors = _actors
Scenario.issues = _issues
Scenario.stances = _stances
Scenario.uncertain_inputs = _uncertain_inputs
Error.__module__ = "parley"
Scenario.__module__ = "parley"


# The forecast's columns, short ones at both ends: pandas keeps the ends of a
# frame wider than the terminal.
_FORECAST_COLUMNS = ["issue", "model", "forecast", "no_point", "termination", "message",
                     "veto_holders", "red_lines_crossed", "state", "rounds"]


@dataclass
class ForecastResult:
    """Everything one forecast run gives (parley.run)."""

    scenario: Scenario
    models: pd.DataFrame        # one row per issue and model (parley.forecast)
    bottom_line: pd.DataFrame   # one row per issue (parley.bottom_line)
    trajectories: pd.DataFrame  # one row per model, issue and round
    positions: pd.DataFrame     # one row per model, issue, round and actor
    details: dict = field(default_factory=dict)  # "model.table" -> DataFrame (SMP, exchange, ...)
    notes: list = field(default_factory=list)


def run(
    scenario: Optional[ScenarioLike] = None,
    model: str = "all",
    settings: Optional[Mapping[str, object]] = None,
    *,
    runs: int = 200,
    seed: Optional[int] = None,
    threads: int = 1,
) -> ForecastResult:
    """Runs the models on the scenario as `parley forecast` does. runs: draws of the
    uncertain inputs for the bottom line's interval (0: none; the command line's
    default 200). seed: every stochastic choice (default: the scenario's, else each
    model's; the interval's draws use 20231201)."""
    loaded = _scenario(scenario)
    raw = _parley._forecast(loaded, model, _settings(settings), seed, threads, runs)
    return ForecastResult(
        scenario=loaded,
        models=_frame(raw["models"])[_FORECAST_COLUMNS],
        bottom_line=_frame(raw["bottom_line"]),
        trajectories=_frame(raw["trajectories"]["rounds"]),
        positions=_frame(raw["trajectories"]["positions"]),
        details={name: _frame(table) for name, table in raw["details"].items()},
        notes=list(raw["notes"]),
    )


def forecast(
    scenario: Optional[ScenarioLike] = None,
    model: str = "all",
    settings: Optional[Mapping[str, object]] = None,
    *,
    seed: Optional[int] = None,
    threads: int = 1,
) -> pd.DataFrame:
    """One row per issue and model: the point forecast (NaN when the model gives
    none), why there is none, how the run ended, and the red lines the point crosses."""
    return run(scenario, model, settings, runs=0, seed=seed, threads=threads).models


def bottom_line(
    scenario: Optional[ScenarioLike] = None,
    model: str = "all",
    settings: Optional[Mapping[str, object]] = None,
    *,
    runs: int = 200,
    seed: Optional[int] = None,
    threads: int = 1,
) -> pd.DataFrame:
    """One row per issue: the median of the models' points, their range and
    agreement, the interval over `runs` draws, red lines crossed, who gave no point."""
    return run(scenario, model, settings, runs=runs, seed=seed, threads=threads).bottom_line


def trajectories(
    scenario: Optional[ScenarioLike] = None,
    model: str = "all",
    settings: Optional[Mapping[str, object]] = None,
    *,
    seed: Optional[int] = None,
    threads: int = 1,
) -> pd.DataFrame:
    """One row per model, issue and round: the model's forecast and the weighted mean."""
    return run(scenario, model, settings, runs=0, seed=seed, threads=threads).trajectories




from .analysis import (  # noqa: E402
    RegimeResult,
    SensitivityResult,
    UncertaintyResult,
    regimes,
    sensitivity,
    uncertainty,
)
