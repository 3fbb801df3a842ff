"""Settings: typed, saved under BLA_ASSISTANT_CONFIG, bad values reported not fatal."""

from __future__ import annotations

from bla_assistant.core.settings import (
    MAX_RECENT,
    Settings,
    config_dir,
    load_settings,
    save_settings,
)


def test_config_folder_follows_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("BLA_ASSISTANT_CONFIG", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"


def test_round_trip_and_recent_files_are_capped(tmp_path):
    settings = Settings(language="fr")
    for i in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"p{i}.blaproj")
    settings.add_recent(tmp_path / "p5.blaproj")
    save_settings(settings, tmp_path)
    loaded, problems = load_settings(tmp_path)
    assert problems == []
    assert loaded.language == "fr"
    assert len(loaded.recent_files) == MAX_RECENT
    assert loaded.recent_files[0].endswith("p5.blaproj")


def test_bad_values_are_named_and_defaults_used(tmp_path):
    (tmp_path / "settings.yaml").write_text(
        "schema_version: 1\nlanguage: de\nautosave_minutes: often\ncolour: blue\n",
        encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    assert settings.language == "en" and settings.autosave_minutes == 1
    text = "\n".join(problems)
    assert "'autosave_minutes' should be int" in text
    assert "unknown setting 'colour'" in text
    assert "language 'de' unknown" in text


def test_unreadable_file_and_old_schema(tmp_path):
    (tmp_path / "settings.yaml").write_text("language: [unclosed\n", encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    assert settings == Settings() and "could not be read" in problems[0]
    (tmp_path / "settings.yaml").write_text("ui_language: fr\n", encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    assert settings.language == "fr" and settings.schema_version == 1 and problems == []


def test_the_file_is_json_and_yaml_alike_and_a_block_yaml_file_is_rewritten_once(tmp_path):
    import json

    import yaml

    save_settings(Settings(language="fr", author="Amina Diallo"), tmp_path)
    text = (tmp_path / "settings.yaml").read_text(encoding="utf-8")
    assert json.loads(text) == yaml.safe_load(text)
    assert load_settings(tmp_path) == (Settings(language="fr", author="Amina Diallo"), [])
    (tmp_path / "settings.yaml").write_text(
        "language: fr\nrecent_files:\n- /drafts/round-2.bla.yaml\n", encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    assert problems == [] and settings.recent_files == ["/drafts/round-2.bla.yaml"]
    rewritten = json.loads((tmp_path / "settings.yaml").read_text(encoding="utf-8"))
    assert rewritten["language"] == "fr"
