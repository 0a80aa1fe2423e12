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
    # The app exports a big model's towers in a child process (photoclip.core.export_process, started with 'spawn'):
    # in the bundle the child runs this executable, and this hands it over to multiprocessing instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
