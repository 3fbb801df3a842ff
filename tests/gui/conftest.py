"""GUI test fixtures: offscreen Qt, a main window over the real library, scripted prompts."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import pytestqt  # noqa: E402,F401


@pytest.fixture
def prompts():
    from tests.gui.fake_prompts import ScriptedPrompts

    return ScriptedPrompts()


@pytest.fixture
def main_window(qtbot, library, prompts):
    from bla_assistant.core.settings import Settings
    from bla_assistant.gui.app_context import AppContext
    from bla_assistant.gui.main_window import MainWindow

    window = MainWindow(AppContext(Settings(), library))
    window.prompts = prompts
    qtbot.addWidget(window)
    window.show()
    yield window
    window.runner.cancel_all()
    window.runner.wait(5000)
    # Nothing to save at teardown: the test decides what is kept.
    if window.session is not None:
        window.session.replace(None)


@pytest.fixture
def wizard_choices():
    from bla_assistant.gui.dialogs.new_agreement_wizard import WizardChoices

    return WizardChoices(agreement_type="BLA", title="Agreement on labour mobility",
                         party_a="the Republic of Ghana", party_a_short="Ghana",
                         party_b="the State of Qatar", party_b_short="Qatar",
                         a_role="origin", languages=["en", "fr"])
