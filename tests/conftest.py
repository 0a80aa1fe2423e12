"""Shared fixtures: real open_clip models with random weights, and a Hugging Face cache that never goes online.

No test touches the network or the user's own Hugging Face cache: every test runs with HF_HUB_OFFLINE=1 and an
empty HF_HOME of its own, unless it asks for `hf_cache_default_model`, a cache populated by hand (in the hub's
documented layout) with random weights of the real default architecture.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from photoclip.core import models

if TYPE_CHECKING:
    from photoclip.gui.main_window import MainWindow

# Any 40-hex string will do: the hub only needs refs/main to name a folder under snapshots/.
FAKE_COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(scope="session")
def tiny_model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Random weights of the tiny bundled architecture (models.TINY_MODEL), as a .safetensors file."""
    return models.make_tiny_checkpoint(tmp_path_factory.mktemp("tiny-model") / "photoclip-tiny.safetensors")


@pytest.fixture(scope="session")
def hf_cache_default_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An HF_HOME folder whose hub cache holds random fp16 weights of the real default architecture, laid out
    exactly as huggingface_hub writes a download: blobs/<sha256>, snapshots/<commit>/<file> -> blob, refs/main."""
    import open_clip
    import torch
    from safetensors.torch import save_file

    spec = models.model_spec(models.DEFAULT_MODEL)
    assert spec.hf_repo
    home = tmp_path_factory.mktemp("hf-home-default")
    repo_dir = home / "hub" / ("models--" + spec.hf_repo.replace("/", "--"))
    tmp = home / "weights.tmp"
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = open_clip.model.CLIP(**open_clip.get_model_config(spec.arch))
    # fp16 halves the ~600 MB; open_clip copies it into the fp32 model like any checkpoint.
    save_file({k: v.detach().half().contiguous() for k, v in model.state_dict().items()}, str(tmp))
    del model

    digest = hashlib.sha256()
    with tmp.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 24), b""):
            digest.update(chunk)
    blob = repo_dir / "blobs" / digest.hexdigest()
    blob.parent.mkdir(parents=True)
    tmp.replace(blob)
    snapshot = repo_dir / "snapshots" / FAKE_COMMIT
    snapshot.mkdir(parents=True)
    try:
        (snapshot / models.SAFETENSORS_NAME).symlink_to(os.path.relpath(blob, snapshot))
    except OSError:  # no symlinks (Windows without developer mode): the hub then stores plain files too
        blob.replace(snapshot / models.SAFETENSORS_NAME)
    (repo_dir / "refs").mkdir()
    (repo_dir / "refs" / "main").write_text(FAKE_COMMIT)
    return home


@pytest.fixture(scope="session")
def photoclip_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """photoclip's own cache (text-tower exports) for the whole session: never the user's, and each weights
    file is exported once however many tests load it."""
    return tmp_path_factory.mktemp("photoclip-cache")


@pytest.fixture(autouse=True)
def _own_cache(photoclip_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOCLIP_CACHE_DIR", str(photoclip_cache))


@pytest.fixture(autouse=True)
def _offline_hf_hub(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test: offline, with its own HF_HOME (the populated one for tests that ask for it)."""
    if "hf_cache_default_model" in request.fixturenames:
        home = Path(request.getfixturevalue("hf_cache_default_model"))
    else:
        home = tmp_path_factory.mktemp("hf-home-empty")
    hub = home / "hub"
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # for subprocesses (the CLI tests) and anything reading env late
    monkeypatch.setenv("HF_HOME", str(home))
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_ASSETS_CACHE", "HF_XET_CACHE", "TRANSFORMERS_CACHE"):
        monkeypatch.delenv(var, raising=False)  # these would win over HF_HOME

    # huggingface_hub reads these into its `constants` module once, at import; its functions look them up there
    # at call time (constants.HF_HUB_CACHE, constants.is_offline_mode()), so patching the module is enough.
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(hub))
    monkeypatch.setattr(constants, "HUGGINGFACE_HUB_CACHE", str(hub))
    monkeypatch.setattr(constants, "HF_ASSETS_CACHE", str(home / "assets"))
    monkeypatch.setattr(constants, "HF_XET_CACHE", str(home / "xet"))
    yield home


@pytest.fixture
def engine(tmp_path: Path, tiny_model_file: Path):
    """An Engine over a new library in tmp_path with the tiny model (closed afterwards)."""
    from photoclip.core.engine import Engine

    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=tiny_model_file)
    yield e
    e.close()


@pytest.fixture
def trash_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A freedesktop trash under tmp_path, used by the real send2trash."""
    if sys.platform != "linux":
        pytest.skip("send2trash honours XDG_DATA_HOME on Linux only")
    import send2trash.plat_other as plat

    data_home = tmp_path / "xdg-data"
    data_home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    importlib.reload(plat)  # send2trash reads XDG_DATA_HOME once, at import
    yield data_home / "Trash"
    monkeypatch.undo()
    importlib.reload(plat)


@pytest.fixture
def make_window(qtbot, tmp_path: Path, tiny_model_file: Path) -> Iterator[Callable[..., MainWindow]]:
    """Main windows over a library in tmp_path with the tiny model, shown and started; closed afterwards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from photoclip.gui.app import create_window
    from photoclip.gui.config import AppConfig

    windows: list[MainWindow] = []

    def make(tiny: bool = True, watch: bool = False, model_file: Path | None = None, **kw: object) -> MainWindow:
        """``model_file``: other weights of the tiny model (their exports are not made yet)."""
        config = AppConfig(
            library_dir=tmp_path / "library",
            model="photoclip-tiny" if tiny else None,
            model_file=str(model_file or tiny_model_file) if tiny else None,
            settings_file=tmp_path / "window.ini",
            theme="light",
            watch=watch,
            watch_settle_s=0.3,
            **kw,  # type: ignore[arg-type]
        )
        w = create_window(config)
        windows.append(w)
        w.show()
        w.start()
        return w

    yield make
    for w in windows:
        w.close()
        assert not w.bridge.index_thread.isRunning() and not w.bridge.query_thread.isRunning()
