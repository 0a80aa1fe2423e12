"""A query in a script the active model cannot read: recognised by its letters, hinted on the command line's
stderr and beside the app's results, with the multilingual model offered (also on a first run in another
language than English)."""

from __future__ import annotations

import os

import pytest

from photoclip.cli import main
from photoclip.core import models
from photoclip.core.scripts import foreign_script, multilingual_suggestion, script_hint
from tests.photos import write_photos

MULTI = next(s for s in models.KNOWN_MODELS if s.multilingual)


@pytest.mark.parametrize(("text", "script"), [
    ("東京駅の夜景", "Japanese"), ("ねこ", "Japanese"), ("海滩 日落", "Chinese/Japanese"), ("समुद्र तट", "Devanagari"),
    ("кошка на диване", "Cyrillic"), ("Ελλάδα", "Greek"), ("서울", "Korean"),
    ("İstanbul'da gece", None), ("Straße", None), ("beach 2024", None), ("2024-06", None), ("", None),
])
def test_the_script_of_a_query_is_read_from_its_letters(text, script):
    assert foreign_script(text) == script


def test_a_hint_only_where_the_model_cannot_read_the_script():
    hint = script_hint("東京駅の夜景", models.DEFAULT_MODEL)
    assert hint is not None and hint.suggested == MULTI
    assert MULTI.name in hint.message() and f"{MULTI.download_mb} MB" in hint.message()
    assert script_hint("a beach at sunset", models.DEFAULT_MODEL) is None
    assert script_hint("東京駅の夜景", MULTI.name) is None  # it reads Japanese
    assert multilingual_suggestion(models.TINY_MODEL) == MULTI  # the test model's tokenizer is CLIP's English BPE
    assert multilingual_suggestion("no-such-architecture") is None


def test_cli_search_prints_the_hint_on_stderr(tmp_path, tiny_model_file, capsys):
    folder = tmp_path / "photos"
    write_photos(folder, 3)
    opts = ["--library", str(tmp_path / "library"), "--model", models.TINY_MODEL,
            "--model-file", str(tiny_model_file)]
    assert main(["index", str(folder), *opts]) == 0
    capsys.readouterr()
    assert main(["search", "東京の夜景", *opts]) == 0
    out, err = capsys.readouterr()
    assert f"photoclip index --model {MULTI.name}" in err and "Japanese" in err
    assert "Hint" not in out  # the results stay clean for scripts
    assert main(["search", "a night view of the city", *opts]) == 0
    assert "Hint" not in capsys.readouterr().err


def test_the_app_says_so_beside_the_results_and_switches(qtbot, make_window, tmp_path):
    from tests.test_gui import WAIT_MS, add_folder

    def search(qtbot, w, text: str) -> None:
        # QTest types ASCII only: the text goes in as an input method commits it, then counts as typed.
        w.search_bar.field.setText(text)
        w.search_bar.field.textEdited.emit(text)
        qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == text, timeout=WAIT_MS)

    folder = tmp_path / "photos"
    write_photos(folder, 3)
    w = make_window()
    add_folder(qtbot, w, folder, 3)
    search(qtbot, w, "समुद्र तट")
    qtbot.waitUntil(lambda: w.script_hint.isVisible(), timeout=WAIT_MS)
    assert str(MULTI.download_mb) in w.script_hint.button.text()
    search(qtbot, w, "beach")
    qtbot.waitUntil(lambda: not w.script_hint.isVisible(), timeout=WAIT_MS)
    search(qtbot, w, "東京")
    qtbot.waitUntil(lambda: w.script_hint.isVisible(), timeout=WAIT_MS)
    w.script_hint.button.click()
    qtbot.waitUntil(lambda: w.bridge.settings is not None and w.bridge.settings.model == MULTI.name, timeout=WAIT_MS)
    assert not w.script_hint.isVisible()


def test_first_run_in_another_language_proposes_the_multilingual_model(qapp):
    from photoclip.gui.dialogs.model_setup import proposed_model
    from photoclip.gui.indexing import ModelStatus
    from photoclip.gui.language import install_translators
    from photoclip.gui.qt import QLocale

    missing = ModelStatus("missing", models.DEFAULT_MODEL, download_mb=605)
    try:
        install_translators(qapp, QLocale("ja"))
        assert proposed_model(missing) == MULTI
        assert proposed_model(ModelStatus("missing", MULTI.name)) is None
        assert proposed_model(ModelStatus("ready", models.DEFAULT_MODEL)) is None
        install_translators(qapp, QLocale("en_US"))
        assert proposed_model(missing) is None  # English: the default model is the right one
    finally:
        install_translators(qapp, QLocale.system())
    assert os.environ.get("HF_HUB_OFFLINE") == "1"  # nothing here downloads
