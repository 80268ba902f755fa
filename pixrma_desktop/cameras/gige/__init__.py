"""GigE Vision: the probe, the search on the network (sockets), and the GVCP codec.

The probe's name lives here, so the search reports under the probe's name without importing the probe (and
the probe imports the search only when there is something to search).
"""

NAME = "gigevision"
