"""A notebook-style tour of parley in Python: the default forecast, then where
each model's outcome lands over 1,000 draws of the uncertain inputs, drawn
as a chart. Each block is a notebook cell.

    PYTHONPATH=build/python /usr/bin/python3 docs/examples/python_tour.py [OUT_DIR]

writes OUT_DIR/uncertainty.png (default: the current folder). docs/python.md
explains every column.
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed: the chart goes to a file
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import parley  # noqa: E402

out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
out_dir.mkdir(parents=True, exist_ok=True)
pd.set_option("display.width", 120)
pd.set_option("display.max_columns", 12)

# %% The scenario: the built-in Lachin corridor crisis, as of February 2023.
scenario = parley.load_scenario("lachin-2023")
print(scenario)
print(scenario.issues()[["issue", "scale_min", "scale_max", "status_quo"]])

# %% The default forecast, as `parley forecast` prints it: the bottom line per
# issue (median of the models' points and its 90% interval over 200 draws) ...
result = parley.run(scenario)
print(result.bottom_line[["issue", "central", "low", "high", "interval_low", "interval_high",
                          "red_lines_crossed", "no_point"]])

# %% ... and each model's point, or why it gives none.
print(result.models[["issue", "model", "forecast", "no_point", "termination", "rounds"]])

# %% Uncertainty: every model on 1,000 draws of the ranges the scenario codes.
mc = parley.uncertainty(scenario, runs=1000)
print(mc.summary[["model", "issue", "point", "mean", "p05", "p50", "p95", "with_outcome"]])

# %% The chart: per issue, each model's 5-95% range of outcomes, its median
# (dot) and its point forecast (cross), against the scale's labelled ends.
issues = scenario.issues()
models = [m for m in mc.summary["model"].unique()]
fig, axes = plt.subplots(len(issues), 1, figsize=(8, 2.2 * len(issues)), squeeze=False)
for ax, issue in zip(axes[:, 0], issues.itertuples()):
    rows = mc.summary[mc.summary["issue"] == issue.issue].set_index("model")
    for y, model in enumerate(models):
        row = rows.loc[model]
        if row["with_outcome"] > 0:
            ax.plot([row["p05"], row["p95"]], [y, y], color="tab:blue", linewidth=3)
            ax.plot(row["p50"], y, "o", color="tab:blue")
        else:  # say why rather than leave the row empty (nash: gridlock, the status quo stands)
            ax.text(issue.scale_min, y, f" no point in any draw ({row['no_point']})",
                    va="center", fontsize=7, color="dimgray")
        if pd.notna(row["point"]):
            ax.plot(row["point"], y, "x", color="black")
    ax.set_yticks(range(len(models)), models)
    ax.set_xlim(issue.scale_min, issue.scale_max)
    ax.set_title(f"{issue.issue}: {issue.min_label} ... {issue.max_label}", fontsize=8)
    ax.invert_yaxis()
fig.suptitle(f"{scenario.name}: 5-95% of {mc.runs} draws (dot: median, x: point forecast)",
             fontsize=9)
fig.tight_layout()
chart = out_dir / "uncertainty.png"
fig.savefig(chart, dpi=100)
print(f"wrote {chart}")
