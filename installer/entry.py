"""The frozen app's entry point: the same as the ``pixrma`` command."""

import multiprocessing
import sys

from pixrma_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
