"""The main window's pages: Cameras, Request, Outbox & tickets, Settings."""
