"""`python -m pixrma_desktop` behaves like the `pixrma` command."""

import sys

from pixrma_desktop.cli import main

sys.exit(main())
