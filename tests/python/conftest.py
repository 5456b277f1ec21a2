"""Shared fixtures of the Python module's tests (ctest runs them with
PYTHONPATH=build/python; docs/python.md)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get("PARLEY_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BINARY = Path(os.environ.get("PARLEY_BINARY", SOURCE_DIR / "build" / "parley"))

# Three actors, no uncertain input: the scenario of tests/cli/bottom_line_cli_test.cpp.
# Compromise: (2 x 80 x 0 + 1 x 60 x 100 + 1 x 100 x 40) / (160 + 60 + 100) = 31.25;
# weighted median 0 (A's weight 160 is half of 320).
MINI = """parley: 1
id: mini
actors:
  - {id: A, role: parent_state, capability: 2}
  - {id: B, role: de_facto_authority, capability: 1}
  - {id: C, role: mediator, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100, min_label: reintegration, max_label: independence}, status_quo: 50}
stances:
  - {actor: A, issue: status, position: 0, salience: 80}
  - {actor: B, issue: status, position: 100, salience: 60, red_line: [60, 100]}
  - {actor: C, issue: status, position: 40, salience: 100}
"""


@pytest.fixture
def mini(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(MINI)
    return path


def run_cli(*args):
    """The command line on the same inputs: (exit code, stdout, stderr)."""
    result = subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True,
                            check=False)
    return result.returncode, result.stdout, result.stderr


def cli_json(*args):
    code, out, err = run_cli(*args)
    assert code == 0, err
    return json.loads(out)
