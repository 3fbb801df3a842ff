"""English and French interface: the catalogue is complete and switching works live."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_every_interface_string_has_a_french_translation():
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from update_translations import read_ts, source_strings, ts_path
    finally:
        sys.path.pop(0)
    strings = source_strings()
    known = read_ts(ts_path("fr"))
    missing = sorted(set(strings) - set(known))
    assert not missing, f"run scripts/update_translations.py; untranslated: {missing[:10]}"
    # Placeholders survive translation, or the message would lose its numbers.
    for source in strings:
        for marker in ("%1", "%2", "%3", "%n"):
            assert (marker in source) == (marker in known[source]), (source, known[source])
    qm = ts_path("fr").with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_mtime >= ts_path("fr").stat().st_mtime - 1


def test_switch_to_french_in_settings_rebuilds_the_interface(main_window, qtbot):
    from bla_assistant.gui import window_actions
    from bla_assistant.gui.i18n import TranslationSwitcher
    from bla_assistant.gui.qt import QApplication

    window = main_window
    window.context.translations = TranslationSwitcher(QApplication.instance())
    window.show_view("library")
    try:
        window_actions.switch_language(window, "fr")
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus == ["Fichier", "Édition", "Affichage", "Outils", "Aide"]
        assert window.current_view() == "library"
        assert window.tabs.tabText(0) == "Bibliothèque"
        assert window.library_browser.detail.add_button.text() == "Ajouter à l'accord"
        assert window.context.settings.language == "fr"
        # The library browser now shows French clause titles.
        browser = window.library_browser
        assert browser.select_clause("bla.fair_recruitment_no_fees")
        assert browser.detail.title.text().startswith("Aucune commission")
    finally:
        window_actions.switch_language(window, "en")
    assert window.menuBar().actions()[0].text().replace("&", "") == "File"


@pytest.mark.slow
def test_screenshot_in_french_from_the_command_line(tmp_path):
    import os

    out = tmp_path / "fr.png"
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               BLA_ASSISTANT_CONFIG=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "bla_assistant", "--screenshot", str(out),
                             "--view", "workspace", "--lang", "fr"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
