"""GigE Vision: the probe, the search on the network (sockets), and the GVCP codec.

The probe's name and its in-use warning live here, so the search reports under the probe's name without
importing the probe (and the probe imports the search only when there is something to search).
"""

NAME = "gigevision"
IN_USE_WARNING = "In use by another program (it holds the GigE Vision control channel)."
