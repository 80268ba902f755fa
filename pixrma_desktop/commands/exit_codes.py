"""Exit codes of `pixrma`, documented in the README."""

OK = 0
FAILED = 1
"""The command ran but could not do its job (the message says why)."""
USAGE = 2
"""Wrong arguments (argparse's own code)."""
NOTHING_FOUND = 3
"""A scan or check finished and found no camera, or a lookup found no such draft."""
NEEDS_ATTENTION = 4
"""Findings or requests need the user's attention (``pixrma check``, ``pixrma outbox send``)."""
NOT_CONFIGURED = 5
"""The support backend or credentials are missing; run `pixrma config set` / `pixrma login`."""
DUPLICATE = 6
"""Other open requests already name a camera of this request; nothing was queued or sent (``--file-anyway``)."""
STDOUT_CLOSED = 141
"""Whoever read the output stopped reading (`pixrma … | head`): the command stops quietly, with the status a
shell gives a command ended by SIGPIPE (128 + 13)."""
