#!/usr/bin/python3
"""ctest `store_pandas`: a results store read back as an analyst would, with
Python's sqlite3 and pandas, against the numbers parley printed as JSON.

Usage: store_pandas_test.py PARLEY WORK_DIR. Exit 77 (skipped) without pandas.
"""
import json
import math
import os
import sqlite3
import subprocess
import sys

try:
    import pandas as pd
except ImportError:
    print("pandas is not installed (apt-get install python3-pandas): skipped")
    sys.exit(77)

parley, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
store = os.path.join(work, "runs.sqlite")
if os.path.exists(store):
    os.remove(store)


def run(*args):
    done = subprocess.run([parley, *args, "--store", store], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"parley {' '.join(args)} failed: {done.stderr}")
    return json.loads(done.stdout)


forecast = run("forecast", "lachin-2023", "--format", "json")
uncertainty = run("uncertainty", "lachin-2023", "--model", "all", "--runs", "300", "-q",
                  "--format", "json")

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


with sqlite3.connect(store) as db:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    check(meta.get("schema_version") == "1", f"schema_version {meta}")
    runs = pd.read_sql("SELECT * FROM runs", db)
    outcomes = pd.read_sql("SELECT * FROM outcomes_named", db)
    draws = pd.read_sql("SELECT * FROM draws_named", db)

check(list(runs["command"]) == ["forecast", "uncertainty"], f"runs {list(runs['command'])}")
check(runs["scenario_digest"].nunique() == 1, "one scenario digest for both runs")

# Forecast: each model's final outcome per issue is the JSON's, or NULL with
# the reason when the model stands by no point (a gridlock, a cycle).
finals = outcomes[(outcomes.run_id == 1) & outcomes["draw"].isna() & outcomes["round"].isna()]
compared = 0
for model in forecast["models"]:
    for issue in model["issues"]:
        row = finals[(finals.model == model["model"]) & (finals.issue == issue["issue"])]
        check(len(row) == 1, f"forecast {model['model']} {issue['issue']}: {len(row)} rows")
        if len(row) != 1:
            continue
        row = row.iloc[0]
        if row.status == "outcome":
            check(math.isclose(row.value, issue["outcome"], abs_tol=1e-12),
                  f"forecast {model['model']} {issue['issue']}: {row.value} != {issue['outcome']}")
            compared += 1
        else:
            check(pd.isna(row.value) and issue["termination"] != "converged",
                  f"forecast {model['model']} {issue['issue']}: {row.status} {row.value}")
check(compared >= 10, f"only {compared} forecasts compared")

# Uncertainty: mean, sd and the type-7 quantiles of each model's draws, from
# the stored rows, equal the summary parley printed (pandas' default quantile
# is type 7 too).
drawn = outcomes[(outcomes.run_id == 2) & outcomes["draw"].notna()]
compared = 0
for model in uncertainty["models"]:
    if model["model"] == "ensemble":
        continue
    for issue in model["issues"]:
        values = drawn[(drawn.model == model["model"]) & (drawn.issue == issue["issue"]) &
                       (drawn.status == "outcome")]["value"]
        check(len(values) == issue["with_outcome"],
              f"{model['model']} {issue['issue']}: {len(values)} != {issue['with_outcome']}")
        if len(values) < 2:
            continue
        check(math.isclose(values.mean(), issue["mean"], rel_tol=1e-9, abs_tol=1e-9),
              f"{model['model']} {issue['issue']} mean {values.mean()} != {issue['mean']}")
        check(math.isclose(values.std(), issue["sd"], rel_tol=1e-9, abs_tol=1e-9),
              f"{model['model']} {issue['issue']} sd {values.std()} != {issue['sd']}")
        for key, p in (("p05", 0.05), ("p50", 0.5), ("p95", 0.95)):
            check(math.isclose(values.quantile(p), issue["quantiles"][key], rel_tol=1e-9,
                               abs_tol=1e-9),
                  f"{model['model']} {issue['issue']} {key}")
        compared += 1
check(compared >= 10, f"only {compared} summaries compared")

# The inputs drawn: one value per input and draw, inside the input's support.
inputs = uncertainty["inputs"]
per_draw = draws[draws.run_id == 2].groupby("draw").size()
check(len(per_draw) == 300 and (per_draw == len(inputs)).all(),
      f"draws: {len(per_draw)} draws of {per_draw.unique()} inputs, expected 300 of {len(inputs)}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"store {store}: {len(runs)} runs, {len(outcomes)} outcome rows, {len(draws)} drawn "
      "values, read back with pandas and equal to parley's JSON")
