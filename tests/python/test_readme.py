"""The README's Python lines run as written (the Done-when line of the Python
module): each line of a ```sh block starting with PYTHONPATH=build/python, run
from a scratch folder that sees the source's docs/, with build/python replaced
by this build's."""

import os
import re
import subprocess

from conftest import SOURCE_DIR


def readme_python_lines():
    lines, in_sh = [], False
    for line in (SOURCE_DIR / "README.md").read_text().splitlines():
        if line.startswith("```"):
            in_sh = not in_sh and line in ("```sh", "```bash")
            continue
        if in_sh and line.startswith("PYTHONPATH=build/python "):
            lines.append(line)
    return lines


def test_the_readme_python_lines_run(tmp_path):
    lines = readme_python_lines()
    assert any("parley.forecast('lachin-2023').head()" in line for line in lines)
    build_python = os.environ["PYTHONPATH"].split(os.pathsep)[0]
    # A scratch folder that sees the source's docs/ (the tour writes into the current folder).
    (tmp_path / "docs").symlink_to(SOURCE_DIR / "docs")
    for line in lines:
        command = line.replace("PYTHONPATH=build/python", f"PYTHONPATH={build_python}", 1)
        # pandas fits a frame to the terminal's width: a 120-column one here.
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True,
                                text=True, check=False, env={**os.environ, "COLUMNS": "120"})
        assert result.returncode == 0, f"{line}\n{result.stderr}"
        if "forecast('lachin-2023').head()" in line:
            # The head: the first issue's five first models, with their points.
            assert re.search(r"checkpoints\s+weighted_median\s+30\.0", result.stdout), result.stdout
