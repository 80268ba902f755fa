"""pixrma-desktop: camera identity, evidence and RMA requests for Pixelink and GenICam cameras."""

__version__ = "0.1.0"
APP_NAME = "pixrma-desktop"
