"""Helpers shared by the parley package: scenarios from any source, model
settings as text, column tables as DataFrames."""

from __future__ import annotations

import os
from typing import Mapping, Optional, Union

import pandas as pd

from . import _parley
from ._parley import Scenario, default_scenario_id

ScenarioLike = Union[Scenario, str, "os.PathLike[str]"]


def frame(table: Mapping[str, list]) -> pd.DataFrame:
    """A DataFrame from the module's {column: values} table, columns in order."""
    return pd.DataFrame(dict(table))


def settings(values: Optional[Mapping[str, object]]) -> dict:
    """{"eum.max_rounds": 20} -> {"eum.max_rounds": "20"}; booleans as true/false."""
    if not values:
        return {}
    text = {}
    for key, value in values.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        text[str(key)] = str(value)
    return text


def load_scenario(source: Optional[ScenarioLike] = None, input_format: str = "") -> Scenario:
    """A scenario from a file (YAML, JSON, KTAB CSV/XML, DEU CSV, actor-table CSV)
    or a built-in id; None loads the default scenario. input_format forces the
    format ("yaml", "json", "ktab-csv", "ktab-xml", "deu-csv", "actor-csv")."""
    if isinstance(source, Scenario):
        return source
    if source is None:
        source = default_scenario_id()
    return _parley._load_scenario(os.fspath(source), input_format)


scenario = load_scenario
