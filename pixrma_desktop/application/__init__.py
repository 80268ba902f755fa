"""The application layer: every use case written once, for the command line (``commands/``) and the app (``ui/``).

``root.AppRoot`` is the composition root (folders, settings, outbox, credentials, support backend, scanner,
clock), built once per run; each other module holds the use cases of one subject as plain functions of the
root that return plain data: ``scanning`` (scan, check), ``reporting`` (a support bundle made by hand),
``bundle_preview`` (what a request sends), ``drafts`` (new, list, open, edit, save, queue, unqueue, delete),
``dealer`` (the dealer package), ``sending`` (a send pass; the one place a ``Sender`` is assembled),
``case_status`` (where sent requests stand), ``conversation`` (reading
and answering support after filing, the RMA's return and packing slip), ``recheck`` ("try again and report")
and ``accounts`` (log in, log out, check the connection).

Nothing here prints, exits or imports Qt; the adapters present the results. README's Development section has
the map of which command and which part of the app calls each use case.
"""
