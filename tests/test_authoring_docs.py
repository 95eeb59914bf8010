"""docs/authoring.md cannot drift from the code: its settings reference is the one the models make,
every setting has a meaning, and every name the grader API section shows exists."""
import re

import autograder.testing as testing
from autograder.authoring.settings_doc import settings_reference, undocumented
from tests.conftest import REPO

PAGE = (REPO / "docs" / "authoring.md").read_text()


def test_the_settings_reference_is_the_models():
    assert settings_reference() in PAGE, ("docs/authoring.md's settings are stale: run "
                                          "`python -m autograder.authoring.settings_doc --write docs/authoring.md`")


def test_every_setting_has_a_meaning():
    assert undocumented() == []


def test_the_grader_api_named_in_the_guide_exists():
    shown = set(re.findall(r"^\| `(\w+)\(", PAGE, re.MULTILINE))
    assert {"expect_close", "part", "expect_raises"} <= shown
    assert not [name for name in shown if not hasattr(testing, name)]


def test_readme_links_the_guide_and_shows_init_and_new():
    readme = (REPO / "README.md").read_text()
    assert "docs/authoring.md" in readme and "autograder init" in readme and "autograder new" in readme
