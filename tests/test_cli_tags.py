"""The tagging commands as a user runs them: labels, tag, tags, xmp; label files in JSON and YAML."""

from __future__ import annotations

import json

import pytest
import yaml

from photoclip.cli import main
from photoclip.core import tag_store
from photoclip.core.library import Library
from tests.photos import snapshot, write_photos

TINY = "photoclip-tiny"


@pytest.fixture
def cli(tmp_path, tiny_model_file, capsys):
    lib = tmp_path / "library"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--library", str(lib), "--model", TINY, "--model-file", str(tiny_model_file)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_labels_tag_tags_and_xmp(cli, tmp_path):
    photos = tmp_path / "photos"
    paths = write_photos(photos, 5)
    assert cli("index", str(photos))[0] == 0

    code, out, _ = cli("labels", "add", "Scenes", "beach", "city", "forest", "--threshold", "-1",
                       "--prompt", "city=tall buildings at night")
    assert code == 0 and "Created Scenes" in out and "3 label(s)" in out
    code, out, _ = cli("labels", "add", "Contents", "sky", "water", "--multi", "--threshold", "-1")
    assert code == 0
    code, out, _ = cli("labels", "show", "Scenes")
    assert "single-choice" in out and "prompts: tall buildings at night" in out

    code, out, _ = cli("tag", "Scenes", "--dry-run")
    assert code == 0 and "would tag" in out and "Nothing was stored" in out
    counts = {line.split()[0]: int(line.split()[-1]) for line in out.splitlines() if "would tag" in line}
    assert sum(counts.values()) == 5  # single-choice with the floor at -1: every photo gets exactly one
    code, out, _ = cli("labels", "list")
    assert all(line.split()[0] == "0" for line in out.splitlines() if line.startswith("  "))

    code, out, _ = cli("tag", "Scenes", "--json")
    report = json.loads(out)
    assert code == 0 and report["photos"] == 5 and sum(report["counts"].values()) == 5 and not report["dry_run"]
    assert cli("tag", "Contents", "--folder", str(photos))[0] == 0

    code, out, _ = cli("labels", "show", "Scenes", "beach", "--json")
    rows = json.loads(out)
    assert rows == sorted(rows, key=lambda r: -r["score"])

    code, out, _ = cli("tags", str(paths[0]), "--accept", "Scenes:forest", "--reject", "Contents|sky", "--json")
    info = json.loads(out)
    tagged = {(t["set"], t["label"]) for t in info["tags"] if t["tagged"]}
    assert ("Scenes", "forest") in tagged and ("Contents", "sky") not in tagged
    assert sum(1 for s, _ in tagged if s == "Scenes") == 1
    assert cli("tag", "Scenes")[0] == 0  # re-tagging keeps the decisions
    code, out, _ = cli("tags", str(paths[0]))
    assert "* " in out and "Scenes: forest  (accepted)" in out and "Contents: sky  (rejected)" in out

    before = snapshot(photos)
    code, out, _ = cli("xmp", "--dry-run")
    assert code == 0 and "5 sidecar(s) would be written" in out and snapshot(photos) == before
    code, out, _ = cli("xmp", "--set", "Scenes")
    assert code == 0 and "5 sidecar(s) written" in out
    sidecar = photos / "photo_0000.jpg.xmp"
    assert "Scenes|forest" in sidecar.read_text() and "Contents|" not in sidecar.read_text()
    after = snapshot(photos)
    assert all(after[str(p)] == before[str(p)] for p in paths)

    code, out, _ = cli("labels", "rename", "Scenes", "city", "town")
    assert code == 0
    code, out, _ = cli("labels", "rename", "Scenes", "Places")
    code, out, _ = cli("labels", "remove", "Places")
    assert code == 1 and "Nothing was done" in out
    code, out, _ = cli("labels", "remove", "Places", "--yes")
    assert code == 0
    code, out, _ = cli("labels", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Contents"]


def test_errors_are_one_clear_line(cli, tmp_path):
    code, _, err = cli("tag", "Nope")
    assert code == 1 and "no label set 'Nope'" in err
    cli("labels", "add", "Scenes", "beach")
    code, _, err = cli("tags", "/no/such.jpg")
    assert code == 1 and "not a photo in the library" in err
    code, _, err = cli("labels", "add", "Scenes", "a|b")
    assert code == 1 and "'|'" in err
    code, _, err = cli("labels", "show", "Scenes", "mountain")
    assert code == 1 and "has no label 'mountain'" in err
    code, _, err = cli("tag", "Scenes")
    assert code == 1 and "no indexed photos" in err


def test_label_files_round_trip_and_update_in_place(cli, tmp_path):
    src = tmp_path / "sets.yaml"
    src.write_text(yaml.safe_dump({"sets": [
        {"name": "Scenes", "choice": "single", "threshold": 0.22, "apply_to_new": True,
         "labels": ["beach", {"name": "city", "prompts": ["a street at night"], "threshold": 0.5}]},
        {"name": "Pets", "choice": "multi", "templates": ["a photo of my {}"], "labels": ["cat", "dog"]},
    ]}))
    code, out, _ = cli("labels", "import", str(src))
    assert code == 0 and "Created Scenes: 2 label(s) added" in out
    lib = Library(tmp_path / "library")
    beach_id = tag_store.get_set(lib, "Scenes").label("beach").id
    lib.close()

    out_json = tmp_path / "out.json"
    assert cli("labels", "export", str(out_json))[0] == 0
    exported = json.loads(out_json.read_text())["sets"]
    scenes = next(s for s in exported if s["name"] == "Scenes")
    assert scenes == {"name": "Scenes", "choice": "single", "threshold": 0.22, "apply_to_new": True,
                      "labels": ["beach", {"name": "city", "prompts": ["a street at night"], "threshold": 0.5}]}
    code, out, _ = cli("labels", "export", "-", "Pets")
    assert yaml.safe_load(out) == {"sets": [{"name": "Pets", "choice": "multi", "templates": ["a photo of my {}"],
                                              "labels": ["cat", "dog"]}]}

    # Importing again with changes updates in place: the labels keep their ids (and so scores and decisions).
    scenes["labels"] = ["beach", "forest"]
    out_json.write_text(json.dumps({"sets": [scenes]}))
    code, out, _ = cli("labels", "import", str(out_json), "--replace")
    assert code == 0 and "Updated Scenes: 1 label(s) added, 1 removed" in out
    lib = Library(tmp_path / "library")
    s = tag_store.get_set(lib, "Scenes")
    assert [lab.name for lab in s.labels] == ["beach", "forest"] and s.label("beach").id == beach_id
    lib.close()

    bad = tmp_path / "bad.yaml"
    bad.write_text("sets:\n  - name: New\n    labels: [ok]\n  - name: Broken\n    choice: several\n")
    code, _, err = cli("labels", "import", str(bad))
    assert code == 1 and "'single'" in err
    code, out, _ = cli("labels", "list", "--json")
    assert "New" not in [x["name"] for x in json.loads(out)]  # one bad set: nothing of the file was stored
    (tmp_path / "bad.json").write_text("{not json")
    code, _, err = cli("labels", "import", str(tmp_path / "bad.json"))
    assert code == 1 and "not valid JSON" in err
    code, _, err = cli("labels", "import", str(tmp_path / "sets.txt"))
    assert code == 1 and ".json, .yaml or .yml" in err
