"""parley.regimes, parley.uncertainty and parley.sensitivity: the mediation
regimes compared, Monte Carlo over the uncertain inputs and Sobol indices, as
DataFrames (docs/python.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional

import pandas as pd

from . import _parley
from ._common import ScenarioLike, frame as _frame, scenario as _scenario, settings as _settings


@dataclass
class RegimeResult:
    """The mediation regimes compared (parley.regimes)."""

    outcomes: pd.DataFrame       # one row per model, regime and issue
    skipped: pd.DataFrame        # regimes the scenario lacks the parties for, and why
    same_outcomes: pd.DataFrame  # regimes that give the same outcomes, and why
    notes: list = field(default_factory=list)


def regimes(
    scenario: Optional[ScenarioLike] = None,
    model: str = "compromise",
    settings: Optional[Mapping[str, object]] = None,
    *,
    seed: Optional[int] = None,
    threads: int = 1,
) -> RegimeResult:
    """The model at the inclusive, hierarchical and multipolar tables, with the
    scenario's `regimes:` settings (as `parley compare-regimes`)."""
    raw = _parley._regimes(_scenario(scenario), model, _settings(settings), seed, threads)
    return RegimeResult(
        outcomes=_frame(raw["outcomes"]),
        skipped=_frame(raw["skipped"]),
        same_outcomes=_frame(raw["same_outcomes"]),
        notes=list(raw["notes"]),
    )


@dataclass
class UncertaintyResult:
    """Monte Carlo over the scenario's uncertain inputs (parley.uncertainty)."""

    summary: pd.DataFrame       # one row per model and issue: mean, sd, quantiles, no-point counts
    draws: pd.DataFrame         # one row per model, run and issue: the outcome
    drawn_inputs: pd.DataFrame  # one row per run, one column per uncertain input
    inputs: pd.DataFrame        # the uncertain inputs and their distributions
    red_lines: pd.DataFrame     # one row per model, issue and red line: how often crossed
    histogram: pd.DataFrame     # one row per model, issue and bin of the scale
    runs: int = 0
    seed: int = 0
    notes: list = field(default_factory=list)

    def quantiles(self, probabilities=(0.05, 0.5, 0.95)) -> pd.DataFrame:
        """Quantiles of each model's outcome per issue over the draws with an
        outcome (type 7, as the summary's q05 ... q95)."""
        drawn = self.draws.dropna(subset=["outcome"])
        table = drawn.groupby(["model", "issue"], sort=False)["outcome"].quantile(
            list(probabilities))
        return table.unstack().reset_index()


def uncertainty(
    scenario: Optional[ScenarioLike] = None,
    model: str = "all",
    settings: Optional[Mapping[str, object]] = None,
    *,
    runs: int = 1000,
    seed: Optional[int] = None,
    threads: int = 1,
    accept_round_cap: bool = False,
    position_sd: Optional[float] = None,
    salience_sd: Optional[float] = None,
    capability_factor: Optional[float] = None,
) -> UncertaintyResult:
    """`parley uncertainty`: the models on `runs` draws of the uncertain inputs
    (master seed 20231201 unless given). position_sd, salience_sd and
    capability_factor override the scenario's `uncertainty:` section."""
    raw = _parley._uncertainty(_scenario(scenario), model, _settings(settings), seed, threads,
                               runs, accept_round_cap, position_sd, salience_sd,
                               capability_factor)
    return UncertaintyResult(
        summary=_frame(raw["summary"]),
        draws=_frame(raw["draws"]),
        drawn_inputs=_frame(raw["drawn_inputs"]),
        inputs=_frame(raw["inputs"]),
        red_lines=_frame(raw["red_lines"]),
        histogram=_frame(raw["histogram"]),
        runs=int(raw["runs"]),
        seed=int(raw["seed"]),
        notes=list(raw["notes"]),
    )


@dataclass
class SensitivityResult:
    """Sobol indices of every uncertain input per issue (parley.sensitivity)."""

    indices: pd.DataFrame  # one row per issue and input, ranked by total index
    issues: pd.DataFrame   # one row per issue: design rows used, outcome variance
    inputs: pd.DataFrame
    notes: list = field(default_factory=list)


def sensitivity(
    scenario: Optional[ScenarioLike] = None,
    model: str = "compromise",
    settings: Optional[Mapping[str, object]] = None,
    *,
    base_runs: int = 1000,
    bootstrap: int = 200,
    seed: Optional[int] = None,
    threads: int = 1,
    position_sd: Optional[float] = None,
    salience_sd: Optional[float] = None,
    capability_factor: Optional[float] = None,
) -> SensitivityResult:
    """`parley sensitivity`: one model over Saltelli's design, base_runs x (d + 2) runs."""
    raw = _parley._sensitivity(_scenario(scenario), model, _settings(settings), seed, threads,
                               base_runs, bootstrap, position_sd, salience_sd, capability_factor)
    return SensitivityResult(
        indices=_frame(raw["indices"]),
        issues=_frame(raw["issues"]),
        inputs=_frame(raw["inputs"]),
        notes=list(raw["notes"]),
    )
