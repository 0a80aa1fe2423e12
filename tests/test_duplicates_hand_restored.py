"""A copy the user took back out of the trash by hand (a file manager restores the photo alone) and the library
scanned again counts as its duplicates decision undone: the sidecars that went to the trash with it come back
beside it, byte for byte, never over a file that is there, what the merge gave the keeper is taken back while the
keeper keeps its own, and an undo no longer offers that decision. A sidecar no longer in the trash is reported once
and the scan goes on. Real copies of a real photograph indexed by the real pipeline, real sidecars, the real
send2trash over a freedesktop trash in the test's folder."""

from __future__ import annotations

from pathlib import Path

from photoclip.cli import main
from photoclip.core import duplicate_actions as dup_actions
from photoclip.core import duplicate_merge, tag_store
from photoclip.core import duplicates as dup
from photoclip.core.engine import Engine
from tests.photos import write_family
from tests.test_duplicates_sidecars import TINY, decided, index, keywords_of, sidecar


def _trash_copy(tmp_path: Path, tiny_model_file: Path) -> tuple[Engine, dict[str, Path], int, dict[str, int]]:
    """astronaut.jpg (the keeper: its own sidecar says Tram, the user said yes to Harbour on it) and its copy
    astronaut_q60.jpg with a Lightroom sidecar astronaut_q60.xmp (Lisbon) and the user's yes to Beach, trashed by
    a duplicates decision; (engine, paths, decision, labels)."""
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    (side := photos / "astronaut_q60.xmp").write_text(sidecar(("Lisbon",)))
    (photos / "astronaut.jpg.xmp").write_text(sidecar(("Tram",)))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    scene = tag_store.create_set(lib, "Scene", "multi", ["Beach", "Harbour"])
    label = {lab.name: lab.id for lab in scene.labels}
    keeper, copy = lib.photo_by_path(fam["original"]), lib.photo_by_path(fam["q60"])
    tag_store.decide(lib, [keeper.id], label["Harbour"], True)
    tag_store.decide(lib, [copy.id], label["Beach"], True)
    (group,) = dup.find_duplicates(lib, None, "same")
    report = dup_actions.trash_others(lib, group, keeper.id)
    assert report.sidecars == [(str(side), None)] and not fam["q60"].exists() and not side.exists()
    assert keywords_of(lib, "lisbon") == {keeper.id}
    assert decided(lib, keeper.id) == {label["Harbour"]: True, label["Beach"]: True}
    (decision,) = report.decision_ids
    return engine, {"keeper": fam["original"], "copy": fam["q60"], "sidecar": side}, decision, label


def _restore_by_hand(trash_dir: Path, path: Path) -> None:
    """What a file manager's "restore" does: the one file back where it was, its trash record gone."""
    (trash_dir / "files" / path.name).rename(path)
    (trash_dir / "info" / f"{path.name}.trashinfo").unlink()


def _trashed(trash_dir: Path) -> list[str]:
    return sorted(p.name for p in (trash_dir / "files").iterdir())


def test_a_copy_restored_by_hand_brings_its_sidecar_back_at_the_next_index(tmp_path, tiny_model_file, trash_dir,
                                                                          capsys):
    engine, paths, decision, label = _trash_copy(tmp_path, tiny_model_file)
    lib = engine.library
    keeper_id = lib.photo_by_path(paths["keeper"]).id
    trashed_bytes = (trash_dir / "files" / paths["sidecar"].name).read_bytes()
    engine.close()
    _restore_by_hand(trash_dir, paths["copy"])

    assert main(["index", "--quiet", "--text", "off", "--library", str(tmp_path / "library"), "--model", TINY,
                 "--model-file", str(tiny_model_file)]) == 0
    out = capsys.readouterr().out
    assert f"Sidecar back from the trash: {paths['sidecar']}" in out
    assert f"Put back from the trash by hand: {paths['copy']}" in out
    assert paths["sidecar"].read_bytes() == trashed_bytes and _trashed(trash_dir) == []

    engine = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    lib = engine.library
    assert duplicate_merge.details_of(lib, decision).get("undone_at")
    assert duplicate_merge.undoable(lib) == []
    undone = duplicate_merge.undo(lib)  # what the duplicates window's "Undo last" runs: nothing left to undo
    assert undone.restored == [] and undone.failed == []
    # The keeper keeps what is its own and gives back what the copy gave it; the copy has its own again.
    copy = lib.photo_by_path(paths["copy"])
    assert copy is not None
    assert decided(lib, keeper_id) == {label["Harbour"]: True}
    assert decided(lib, copy.id) == {label["Beach"]: True}
    assert keywords_of(lib, "tram") == {keeper_id}
    assert keywords_of(lib, "lisbon") == {copy.id}
    # The next scan finds nothing more to do.
    report = engine.index()
    assert report.taken_back == [] and report.sidecars_back == [] and report.restore_problems == []
    engine.close()


def test_a_sidecar_never_overwrites_a_file_at_its_name(tmp_path, tiny_model_file, trash_dir, qapp):
    """darktable wrote a new astronaut_q60.xmp since: it stays as it is, and the trashed one comes back beside it
    under the undo's "(restored)" name; the report says so."""
    engine, paths, decision, _label = _trash_copy(tmp_path, tiny_model_file)
    lib = engine.library
    trashed_bytes = (trash_dir / "files" / paths["sidecar"].name).read_bytes()
    paths["sidecar"].write_text("darktable's new sidecar")
    _restore_by_hand(trash_dir, paths["copy"])

    report = engine.index()
    restored = paths["sidecar"].with_name("astronaut_q60 (restored).xmp")
    assert paths["sidecar"].read_text() == "darktable's new sidecar" and restored.read_bytes() == trashed_bytes
    assert _trashed(trash_dir) == []
    assert duplicate_merge.details_of(lib, decision).get("undone_at") and duplicate_merge.undoable(lib) == []
    assert report.sidecars_back == [(str(paths["sidecar"]), str(restored))] and report.restore_problems == []
    assert report.taken_back == [str(paths["copy"])]
    from photoclip.gui.texts import report_summary  # the app's status line after the run

    assert "1 XMP sidecar(s) back from the trash" in report_summary(report)
    engine.close()


def test_a_sidecar_gone_from_the_trash_is_reported_once_and_the_scan_goes_on(tmp_path, tiny_model_file, trash_dir,
                                                                             qapp):
    engine, paths, decision, label = _trash_copy(tmp_path, tiny_model_file)
    lib = engine.library
    keeper_id = lib.photo_by_path(paths["keeper"]).id
    name = paths["sidecar"].name
    (trash_dir / "files" / name).unlink()  # the user emptied that part of the trash
    (trash_dir / "info" / f"{name}.trashinfo").unlink()
    _restore_by_hand(trash_dir, paths["copy"])

    report = engine.index()
    assert not report.skipped and report.added == 1 and lib.photo_by_path(paths["copy"]) is not None
    assert duplicate_merge.details_of(lib, decision).get("undone_at")
    assert decided(lib, keeper_id) == {label["Harbour"]: True}
    assert not paths["sidecar"].exists()
    assert report.taken_back == [str(paths["copy"])] and report.sidecars_back == []
    ((what, why),) = report.restore_problems
    assert what == str(paths["sidecar"]) and "not in the trash" in why
    from photoclip.gui.texts import report_summary

    assert "1 file(s) could not come back from the trash" in report_summary(report)
    again = engine.index()
    assert again.restore_problems == [] and again.taken_back == []
    engine.close()
