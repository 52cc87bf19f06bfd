"""The README stays true: its commands, settings and example search."""

import re
import shlex
from pathlib import Path

from web.cli import main
from web.settings import SETTINGS

README = (Path(__file__).parent.parent / "README.md").read_text()


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
    makefile = (Path(__file__).parent.parent / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (Path(__file__).parent.parent / ".ci" / "run").read_text()


def test_every_setting_is_documented():
    for setting in SETTINGS:
        assert f"`DOSSIER_{setting.name}` | `{setting.default}`" in README, setting.name


def test_every_command_is_documented():
    for name in main.commands:
        assert f"`dossier {name}" in README, name


def test_the_readme_search_prints_what_the_readme_shows(runner, seeds_index):
    block = README.split("run by tests/test_docs.py")[1]
    command = re.search(r"```sh\n(.*?)\n```", block, re.S).group(1)
    shown = re.search(r"```\n(.*?)\n```", block, re.S).group(1)
    args = shlex.split(command)[1:]
    result = runner.invoke(main, [*args, "--index", str(seeds_index)])
    assert result.exit_code == 0
    # The README shortens the last paragraph with "...".
    expected = shown.rsplit(" ...", 1)[0]
    assert result.stdout.startswith(expected)
