"""The packaged app's entry point: PyInstaller freezes this script into the `photoclip` executable.

It is the same `photoclip` command a pip install gives (no arguments opens the app, `--self-test` checks the
bundle, every other command works as documented in the README).
"""

import multiprocessing
import sys

# The bundle's folder may be read-only (Program Files, a mounted .dmg) and must stay as installed.
sys.dont_write_bytecode = True

from photoclip.cli import main  # noqa: E402

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a library ever starts worker processes in the bundle
    sys.exit(main())
